import { useState } from 'react';
import { CaseResolutionChart } from '@/features/charts/case-resolution-chart';
import { MAX_DRAWN_UNITS, UNITS_EACH_END } from '@/features/charts/many-units';
import { ManyUnitsToggle } from '@/features/charts/many-units-toggle';
import { ChartCard } from '@/features/charts/chart-card';
import { caseResolutionRanking } from '@/features/charts/selectors/ranking';
import { caseResolutionTable } from '@/features/charts/selectors/tables';
import { finalTarget } from '@/features/charts/selectors/targets';
import { useObservations } from '@/features/reports/api/get-observations';
import { formatPeriod, formatValue, listWithRest, measureUnitName } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { ReportSection } from './report-section';
import { useDashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';
import { TrendCard } from './trend-card';
import { UnitRankingCard, describeTone, toneLegend, useUnitCrossFilter } from './unit-ranking-card';

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
  const onUnitClick = useUnitCrossFilter();
  const [showAll, setShowAll] = useState(false);
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
  const drawnCount = rows.filter((row) => row.value !== null).length;
  const title = t('card.caseRanking');
  const subtitle = [
    t(view.units.length === 1 ? 'chart.directionOnly' : 'card.directionHint', {
      direction: t(`direction.${rate.direction}`),
      unit: measureUnitName(rate.unit, view.language),
    }),
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
            units: listWithRest(
              behind.map((row) => row.label),
              view.language,
              5,
            ),
          })
        : t('card.noneBehind'),
    drawnCount > MAX_DRAWN_UNITS && !showAll
      ? t('chart.topAndBottom', { count: UNITS_EACH_END, total: drawnCount })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const targets = new Set(rows.map((row) => row.target));
  const sharedTarget = targets.size === 1 ? ([...targets][0] ?? null) : null;
  return (
    <ChartCard
      id="case-ranking"
      title={title}
      subtitle={subtitle}
      definition={pickLabel(view.language, rate.definition, rate.definitionEn)}
      legend={toneLegend(t, rate, sharedTarget !== null, rows)}
      query={query}
      isEmpty={rows.every((row) => row.value === null)}
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
      onUnitSelect={onUnitClick}
      actions={(context) => <ExportActions context={context} />}
      footer={<ManyUnitsToggle count={drawnCount} showAll={showAll} onChange={setShowAll} />}
      wide
    >
      <CaseResolutionChart
        rows={rows}
        rateName={pickLabel(view.language, rate.name, rate.nameEn)}
        showAll={showAll}
        target={sharedTarget}
        targetLabel={
          sharedTarget === null
            ? undefined
            : t('legend.targetValue', { value: formatValue(sharedTarget, '%', view.language) })
        }
        onUnitClick={onUnitClick}
      />
    </ChartCard>
  );
}
