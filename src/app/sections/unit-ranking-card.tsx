import { ChartCard } from '@/features/charts/chart-card';
import { sharedTarget, unitRanking, type RankingRow } from '@/features/charts/selectors/ranking';
import { rankingTable, type RankingLabels } from '@/features/charts/selectors/tables';
import { UnitBarChart } from '@/features/charts/unit-bar-chart';
import { useFilterActions } from '@/features/filters/filter-store';
import { useObservations } from '@/features/reports/api/get-observations';
import { targetColor, toneColors } from '@/lib/colors';
import { scopeOf } from '@/lib/figure-policy/figure-policy';
import { measureUnitName } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView, type DashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

/** One indicator across the selected units it belongs to, ranked best first, each at its latest figure. */
export function UnitRankingCard({ indicatorId, title }: { indicatorId: string; title?: string }) {
  const t = useT();
  const view = useDashboardView();
  const { unitClicked } = useFilterActions();
  const indicator = view.indicator(indicatorId);
  const units = indicator ? scopeOf(indicator, view.units) : [];
  const query = useObservations({
    ...view.baseParams,
    ...(units.length < view.units.length && { units: units.map((unit) => unit.id) }),
    indicators: [indicatorId],
  });
  if (!indicator) return null;
  const name = pickLabel(view.language, indicator.name, indicator.nameEn);
  const cardTitle = title ?? t('card.byUnit', { name });
  const rows = query.data
    ? unitRanking(
        query.data.points,
        indicator,
        scopeOf(indicator, view.unitsOf(query.data.units)),
        query.data.periods,
        view.language,
      )
    : [];
  const target = sharedTarget(rows, indicator, view.language);
  return (
    <ChartCard
      id={`ranking-${indicatorId}`}
      title={cardTitle}
      subtitle={[
        t('card.directionHint', {
          direction: t(`direction.${indicator.direction}`),
          unit: measureUnitName(indicator.unit, view.language),
        }),
        lateHint(t, rows, view),
      ]
        .filter(Boolean)
        .join(' · ')}
      definition={pickLabel(view.language, indicator.definition, indicator.definitionEn)}
      legend={toneLegend(t, indicator, view, target !== null)}
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
        target={target?.value ?? null}
        targetLabel={target?.label}
        onUnitClick={unitClicked}
      />
    </ChartCard>
  );
}

type T = ReturnType<typeof useT>;

/** "锡林郭勒盟为2024年5月数据": a late unit is ranked with its month, never as current. */
export function lateHint(t: T, rows: RankingRow[], view: DashboardView): string | null {
  const late = rows.filter((row) => row.late && row.period !== null);
  if (late.length === 0) return null;
  return late
    .map((row) =>
      t('card.lateUnit', {
        unit: row.label.replace(/（.*）$/, ''),
        period: view.describePeriod(row.period as string),
      }),
    )
    .join(t('summary.listSeparator'));
}

/** Colours by what the figure is judged against: a target, an explicit reference, or nothing. */
export function toneLegend(t: T, indicator: Indicator, view: DashboardView, withTarget: boolean) {
  const judged = indicator.targets.length > 0 ? 'target' : indicator.reference ? 'reference' : null;
  if (judged === null)
    return [{ label: t('legend.value'), color: toneColors.neutral, shape: 'bar' as const }];
  const reference = indicator.reference
    ? pickLabel(view.language, indicator.reference.label, indicator.reference.labelEn)
    : '';
  return [
    {
      label: t(`legend.better.${judged}`, { reference }),
      color: toneColors.better,
      shape: 'bar' as const,
    },
    {
      label: t(`legend.worse.${judged}`, { reference }),
      color: toneColors.worse,
      shape: 'bar' as const,
    },
    ...(withTarget
      ? [{ label: t('legend.target'), color: targetColor, shape: 'dash' as const }]
      : []),
  ];
}

export const rankingLabels = (t: T, value: string): RankingLabels => ({
  unit: t('table.unit'),
  value,
  period: t('table.period'),
  target: t('table.target'),
  status: t('table.status'),
  note: t('table.note'),
  revision: t('table.revision'),
});

function rankingTableFor(
  caption: string,
  rows: RankingRow[],
  indicator: Indicator,
  view: DashboardView,
  t: T,
) {
  return rankingTable(
    caption,
    rows,
    rankingLabels(t, pickLabel(view.language, indicator.name, indicator.nameEn)),
    indicator.unit,
    view.describePeriod,
  );
}
