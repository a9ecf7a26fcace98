import { useState } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { readViewParam, writeViewParam } from '@/features/filters/view-params';
import { scopeOf } from '@/lib/figure-policy/figure-policy';
import { pickLabel } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { sections } from '../report-layout';
import { LayoutSection } from './layout-section';
import { UnitRankingCard } from './unit-ranking-card';

/** 一网通办 / 智治支撑: the e-service improvement rates. */
export function EServiceSection() {
  return <LayoutSection layout={sections.eService} />;
}

/**
 * One ranking card with a choice among several indicators (the chosen one goes into the link, so
 * that a shared link opens on it). A ranking needs several units: for indicators that are one
 * unit's (the smart-governance city's rates), the trend says it all and no ranking is drawn.
 */
export function ChoiceRankingCard({
  label,
  indicatorIds,
}: {
  label: string;
  indicatorIds: string[];
}) {
  const view = useDashboardView();
  const first = indicatorIds[0] ?? '';
  const [chosen, setChosen] = useState(
    () => indicatorIds.find((id) => id === readViewParam('rate')) ?? first,
  );
  const choose = (id: string) => {
    setChosen(id);
    writeViewParam('rate', id === first ? null : id);
  };
  const indicator = view.indicator(chosen);
  if (!indicator || scopeOf(indicator, view.units).length < 2) return null;
  return (
    <UnitRankingCard
      key={chosen}
      indicatorId={chosen}
      controls={
        <SegmentedControl
          label={label}
          hideLabel
          options={indicatorIds.map((id) => {
            const option = view.indicator(id);
            return {
              value: id,
              label: option ? pickLabel(view.language, option.name, option.nameEn) : id,
            };
          })}
          value={chosen}
          onChange={choose}
        />
      }
    />
  );
}
