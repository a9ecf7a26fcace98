import { useState, type ReactNode } from 'react';
import { ChartCard } from '@/features/charts/chart-card';
import { MAX_DRAWN_UNITS, UNITS_EACH_END } from '@/features/charts/many-units';
import { ManyUnitsToggle } from '@/features/charts/many-units-toggle';
import { sharedTarget, unitRanking, type RankingRow } from '@/features/charts/selectors/ranking';
import { rankingTable, type RankingLabels } from '@/features/charts/selectors/tables';
import { UnitBarChart } from '@/features/charts/lazy-charts';
import { useFilterActions } from '@/features/filters/filter-store';
import { useObservations } from '@/features/reports/api/get-observations';
import { targetColor, toneColors } from '@/lib/colors';
import { scopeOf } from '@/lib/figure-policy/figure-policy';
import { measureUnitName } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n/language-store';
import { pickLabel, type Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView, useViewT, type DashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

/** One indicator across the selected units it belongs to, ranked best first, each at its latest figure. */
export function UnitRankingCard({
  indicatorId,
  title,
  controls,
}: {
  indicatorId: string;
  title?: string;
  /** A choice that changes what the card shows, drawn inside the card under its title. */
  controls?: ReactNode;
}) {
  const t = useViewT();
  const view = useDashboardView();
  const onUnitClick = useUnitCrossFilter();
  const [showAll, setShowAll] = useState(false);
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
        // Figures kept on screen from earlier filters are read with the units they were asked for.
        scopeOf(indicator, view.unitsOf(query.data.units)),
        query.data.periods,
        view.language,
      )
    : [];
  const target = sharedTarget(rows, indicator, view.language);
  const drawnCount = rows.filter((row) => row.value !== null).length;
  return (
    <ChartCard
      id={`ranking-${indicatorId}`}
      title={cardTitle}
      hint={view.units.length > 1 ? t('card.barClickHint') : undefined}
      subtitle={[
        t('chart.directionOnly', {
          direction: t(`direction.${indicator.direction}`),
          unit: measureUnitName(indicator.unit, view.language),
        }),
        ...(drawnCount > MAX_DRAWN_UNITS && !showAll
          ? [t('chart.topAndBottom', { count: UNITS_EACH_END, total: drawnCount })]
          : []),
        lateHint(t, rows, view),
      ]
        .filter(Boolean)
        .join(t('summary.separator'))}
      definition={pickLabel(view.language, indicator.definition, indicator.definitionEn)}
      legend={toneLegend(t, indicator, target !== null, rows)}
      controls={controls}
      query={query}
      isEmpty={rows.every((row) => row.value === null)}
      table={query.data ? rankingTableFor(cardTitle, rows, indicator, view, t) : null}
      onUnitSelect={onUnitClick}
      unitSelectLabel={t('card.filterByUnit')}
      actions={(context) => <ExportActions context={context} />}
      footer={<ManyUnitsToggle count={drawnCount} showAll={showAll} onChange={setShowAll} />}
    >
      <UnitBarChart
        rows={rows}
        unit={indicator.unit}
        valueName={name}
        showAll={showAll}
        target={target?.value ?? null}
        targetLabel={target?.label}
        onUnitClick={onUnitClick}
      />
    </ChartCard>
  );
}

type T = Translate;

/** "锡林郭勒盟为2024年5月数据": a late unit is ranked with its month, never as current. */
export function lateHint(t: T, rows: RankingRow[], view: DashboardView): string | null {
  const late = rows.filter((row) => row.late && row.period !== null);
  if (late.length === 0) return null;
  return late
    .map((row) =>
      t('card.lateUnit', {
        unit: row.label.replace(/ ?[（(][^（(]*[）)]$/, ''),
        period: view.describePeriod(row.period as string),
      }),
    )
    .join(t('summary.listSeparator'));
}

/**
 * The colours that are drawn, in words: better and worse only where a bar has them, judged
 * against a target or an explicit reference (never against zero), and the indicator's own name
 * and unit where bars carry no judgement.
 */
export function toneLegend(
  t: T,
  indicator: Indicator,
  withTarget: boolean,
  rows?: Array<Pick<RankingRow, 'tone' | 'value'>>,
) {
  const language = currentLanguage();
  const judged = indicator.targets.length > 0 ? 'target' : indicator.reference ? 'reference' : null;
  const reference = indicator.reference
    ? pickLabel(language, indicator.reference.label, indicator.reference.labelEn)
    : '';
  const drawn = rows?.filter((row) => row.value !== null);
  const has = (tone: RankingRow['tone']) => !drawn || drawn.some((row) => row.tone === tone);
  const neutral = {
    label: t('chart.valueIn', {
      name: pickLabel(language, indicator.name, indicator.nameEn),
      unit: measureUnitName(indicator.unit, language),
    }),
    color: toneColors.neutral,
    shape: 'bar' as const,
  };
  if (judged === null) return [neutral];
  return [
    ...(has('better')
      ? [
          {
            label: t(`legend.better.${judged}`, { reference }),
            color: toneColors.better,
            shape: 'bar' as const,
          },
        ]
      : []),
    ...(has('worse')
      ? [
          {
            label: t(`legend.worse.${judged}`, { reference }),
            color: toneColors.worse,
            shape: 'bar' as const,
          },
        ]
      : []),
    ...(has('neutral') && drawn ? [neutral] : []),
    ...(withTarget
      ? [{ label: t('legend.target'), color: targetColor, shape: 'dash' as const }]
      : []),
  ];
}

/**
 * Clicking a unit's bar (or its name in the table) shows only that unit. A view of one unit offers
 * no click at all: clicking its only bar used to clear the filter, which surprised readers.
 */
export function useUnitCrossFilter(): ((unitId: string) => void) | undefined {
  const view = useDashboardView();
  const { unitClicked } = useFilterActions();
  return view.units.length === 1 ? undefined : unitClicked;
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
