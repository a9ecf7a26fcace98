import { ChartCard } from '@/features/charts/chart-card';
import { unitRanking, type RankingRow } from '@/features/charts/selectors/ranking';
import { rankingTable } from '@/features/charts/selectors/tables';
import { UnitBarChart } from '@/features/charts/unit-bar-chart';
import { useFilterActions } from '@/features/filters/filter-store';
import { useObservations } from '@/features/reports/api/get-observations';
import { targetColor, toneColors } from '@/lib/colors';
import { formatValue, measureUnitName } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

/** One indicator across the selected units, ranked best first, at the end of the period range. */
export function UnitRankingCard({ indicatorId, title }: { indicatorId: string; title?: string }) {
  const t = useT();
  const view = useDashboardView();
  const { unitClicked } = useFilterActions();
  const indicator = view.indicator(indicatorId);
  const query = useObservations({ ...view.baseParams, indicators: [indicatorId] });
  if (!indicator) return null;
  const name = pickLabel(view.language, indicator.name, indicator.nameEn);
  const cardTitle = title ?? t('card.byUnit', { name });
  const rows = query.data
    ? unitRanking(query.data.points, indicator, view.unitLabels, query.data.periods)
    : [];
  const targets = new Set(rows.map((row) => row.target));
  const sharedTarget = targets.size === 1 ? ([...targets][0] ?? null) : null;
  return (
    <ChartCard
      id={`ranking-${indicatorId}`}
      title={cardTitle}
      subtitle={t('card.directionHint', {
        direction: t(`direction.${indicator.direction}`),
        unit: measureUnitName(indicator.unit, view.language),
      })}
      definition={pickLabel(view.language, indicator.definition, indicator.definitionEn)}
      legend={toneLegend(t, indicator, sharedTarget !== null)}
      query={query}
      isEmpty={rows.every((row) => row.value === null)}
      table={query.data ? rankingTableFor(cardTitle, rows, indicator, view, t) : null}
      onUnitSelect={unitClicked}
      actions={(context) => <ExportActions context={context} />}
    >
      <UnitBarChart
        rows={rows}
        unit={indicator.unit}
        valueName={name}
        target={sharedTarget}
        targetLabel={
          sharedTarget === null
            ? undefined
            : t('legend.targetValue', {
                value: formatValue(sharedTarget, indicator.unit, view.language),
              })
        }
        onUnitClick={unitClicked}
      />
    </ChartCard>
  );
}

type T = ReturnType<typeof useT>;

export function toneLegend(t: T, indicator: Indicator, withTarget: boolean) {
  const reference =
    indicator.targets.length > 0 ? 'target' : indicator.kind === 'change' ? 'zero' : null;
  if (reference === null)
    return [{ label: t('legend.value'), color: toneColors.neutral, shape: 'bar' as const }];
  return [
    { label: t(`legend.better.${reference}`), color: toneColors.better, shape: 'bar' as const },
    { label: t(`legend.worse.${reference}`), color: toneColors.worse, shape: 'bar' as const },
    ...(withTarget
      ? [{ label: t('legend.target'), color: targetColor, shape: 'dash' as const }]
      : []),
  ];
}

export function describeTone(t: T, row: RankingRow) {
  return row.value === null ? t('status.noData') : t(`status.${row.tone}`);
}

function rankingTableFor(
  caption: string,
  rows: RankingRow[],
  indicator: Indicator,
  view: ReturnType<typeof useDashboardView>,
  t: T,
) {
  return rankingTable(
    caption,
    rows,
    {
      unit: t('table.unit'),
      value: pickLabel(view.language, indicator.name, indicator.nameEn),
      period: t('table.period'),
      target: t('table.target'),
      status: t('table.status'),
    },
    indicator.unit,
    { period: view.describePeriod, tone: (row) => describeTone(t, row) },
  );
}
