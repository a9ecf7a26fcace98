import { CaseResolutionChart } from '@/features/charts/case-resolution-chart';
import { ChartCard } from '@/features/charts/chart-card';
import { caseResolutionRanking } from '@/features/charts/selectors/ranking';
import { caseResolutionTable } from '@/features/charts/selectors/tables';
import { finalTarget } from '@/features/charts/selectors/targets';
import { useFilterActions } from '@/features/filters/filter-store';
import { useObservations } from '@/features/reports/api/get-observations';
import { formatPeriod, formatValue } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { ReportSection } from './report-section';
import { useDashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';
import { TrendCard } from './trend-card';
import { UnitRankingCard, describeTone, toneLegend } from './unit-ranking-card';

const ids = {
  rate: 'backlog-resolution-rate',
  assigned: 'backlog-assigned',
  resolved: 'backlog-resolved',
} as const;

/** 涉法涉诉信访积案化解: the backlog campaign. */
export function CaseResolutionSection() {
  const t = useT();
  const view = useDashboardView();
  if (!view.showsInitiative('case-resolution')) return null;
  return (
    <ReportSection headingId="case-resolution-heading" title={t('section.caseResolution')}>
      <div className="card-grid">
        <CaseRankingCard />
        <TrendCard
          id="trend-resolution-rate"
          title={t('card.resolutionTrend')}
          indicatorIds={[ids.rate]}
        />
        <UnitRankingCard indicatorId="leader-handled" />
        <TrendCard
          id="trend-first-petition"
          title={t('card.firstPetitionTrend')}
          indicatorIds={['first-petition-rate']}
        />
        <UnitRankingCard indicatorId="multi-year-backlog" />
      </div>
    </ReportSection>
  );
}

function CaseRankingCard() {
  const t = useT();
  const view = useDashboardView();
  const { unitClicked } = useFilterActions();
  const rate = view.indicator(ids.rate);
  const query = useObservations({
    ...view.baseParams,
    indicators: [ids.assigned, ids.resolved, ids.rate],
  });
  if (!rate) return null;
  const rows = query.data
    ? caseResolutionRanking(
        query.data.points,
        { rate, assignedId: ids.assigned, resolvedId: ids.resolved },
        view.unitLabels,
        query.data.periods,
      )
    : [];
  const yearEnd = finalTarget(rate);
  const behind = rows.filter((row) => row.tone === 'worse');
  const title = t('card.caseRanking');
  const subtitle = [
    yearEnd
      ? t('card.yearEndTarget', {
          target: formatValue(yearEnd.value, '%', view.language),
          due: formatPeriod(yearEnd.due, view.language),
        })
      : null,
    // Only figures can meet a target: with none loaded, the card claims nothing.
    !rows.some((row) => row.value !== null)
      ? null
      : behind.length > 0
        ? t('card.behindTarget', {
            count: behind.length,
            units: behind.map((row) => row.label).join(t('summary.listSeparator')),
          })
        : t('card.noneBehind'),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <ChartCard
      id="case-ranking"
      title={title}
      subtitle={subtitle}
      definition={pickLabel(view.language, rate.definition, rate.definitionEn)}
      legend={[
        ...toneLegend(t, rate, false).map((item) => ({
          ...item,
          label: `${t('legend.resolved')}（${item.label}）`,
        })),
        { label: t('legend.unresolved'), color: '#d9e2ec', shape: 'bar' },
      ]}
      query={query}
      isEmpty={rows.every((row) => row.assigned === null)}
      table={
        query.data
          ? caseResolutionTable(
              title,
              rows,
              {
                unit: t('table.unit'),
                assigned: t('legend.assigned'),
                resolved: t('legend.resolved'),
                unresolved: t('legend.unresolved'),
                rate: pickLabel(view.language, rate.name, rate.nameEn),
                target: t('table.target'),
                status: t('table.status'),
              },
              (row) => describeTone(t, row),
            )
          : null
      }
      onUnitSelect={unitClicked}
      actions={(context) => <ExportActions context={context} />}
      wide
    >
      <CaseResolutionChart
        rows={rows}
        labels={{ resolved: t('legend.resolved'), unresolved: t('legend.unresolved') }}
        onUnitClick={unitClicked}
      />
    </ChartCard>
  );
}
