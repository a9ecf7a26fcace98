import { useState } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { readViewParam, writeViewParam } from '@/features/filters/view-params';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { ReportSection } from './report-section';
import { useDashboardView } from '../dashboard-view';
import { TrendCard } from './trend-card';
import { UnitRankingCard } from './unit-ranking-card';

const improvementRateIds = [
  'online-items-increase',
  'e-licence-items-increase',
  'instant-items-increase',
  'time-limit-compression',
] as const;
type ImprovementRateId = (typeof improvementRateIds)[number];

const rateInLink = (): ImprovementRateId =>
  improvementRateIds.find((id) => id === readViewParam('rate')) ?? improvementRateIds[0];

/** 一网通办 / 智治支撑: the four e-service improvement rates. */
export function EServiceSection() {
  const t = useT();
  const view = useDashboardView();
  const [chosen, setChosen] = useState<ImprovementRateId>(rateInLink);
  const choose = (id: ImprovementRateId) => {
    setChosen(id);
    // The chosen tab goes into the link, so that a shared link opens on it.
    writeViewParam('rate', id === improvementRateIds[0] ? null : id);
  };
  if (!view.showsInitiative('smart-governance')) return null;
  return (
    <ReportSection headingId="e-service-heading" title={t('section.eService')}>
      <div className="card-grid">
        <TrendCard
          id="trend-e-service"
          title={t('card.eServiceTrend')}
          indicatorIds={[...improvementRateIds]}
        />
        <UnitRankingCard
          key={chosen}
          indicatorId={chosen}
          controls={
            <SegmentedControl
              label={t('card.chooseRate')}
              hideLabel
              options={improvementRateIds.map((id) => {
                const indicator = view.indicator(id);
                return {
                  value: id,
                  label: indicator
                    ? pickLabel(view.language, indicator.name, indicator.nameEn)
                    : id,
                };
              })}
              value={chosen}
              onChange={choose}
            />
          }
        />
        <TrendCard
          id="trend-fully-online"
          title={t('card.fullyOnlineTrend')}
          indicatorIds={['fully-online-rate']}
        />
      </div>
    </ReportSection>
  );
}
