import { useT } from '@/lib/i18n/translate';
import { ReportSection } from './report-section';
import { useDashboardView } from '../dashboard-view';
import { TrendCard } from './trend-card';
import { UnitRankingCard } from './unit-ranking-card';

/** 诉源治理: disputes resolved before they reach court. */
export function DisputeDiversionSection() {
  const t = useT();
  const view = useDashboardView();
  if (!view.showsInitiative('dispute-diversion')) return null;
  return (
    <ReportSection headingId="dispute-heading" title={t('section.disputeDiversion')}>
      <div className="card-grid">
        <TrendCard
          id="trend-disputes-diverted"
          title={t('card.disputesTrend')}
          indicatorIds={['disputes-diverted']}
          chartType="bar"
        />
        <UnitRankingCard indicatorId="new-court-cases-yoy" />
        <UnitRankingCard indicatorId="closure-rate-change" />
        <UnitRankingCard indicatorId="petition-cases-yoy" />
      </div>
    </ReportSection>
  );
}
