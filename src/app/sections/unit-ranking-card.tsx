import { useState, type ReactNode } from 'react';
import { ChartCard } from '@/features/charts/chart-card';
import { MAX_DRAWN_UNITS, UNITS_EACH_END } from '@/features/charts/many-units';
import { ManyUnitsToggle } from '@/features/charts/many-units-toggle';
import { unitRanking, type RankingRow } from '@/features/charts/selectors/ranking';
import { rankingTable } from '@/features/charts/selectors/tables';
import { UnitBarChart } from '@/features/charts/unit-bar-chart';
import { useFilterActions } from '@/features/filters/filter-store';
import { useObservations } from '@/features/reports/api/get-observations';
import { targetColor, toneColors } from '@/lib/colors';
import { formatValue, measureUnitName } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n/language-store';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

/** One indicator across the selected units, ranked best first, at the end of the period range. */
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
  const t = useT();
  const view = useDashboardView();
  const onUnitClick = useUnitCrossFilter();
  const [showAll, setShowAll] = useState(false);
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
  const drawnCount = rows.filter((row) => row.value !== null).length;
  return (
    <ChartCard
      id={`ranking-${indicatorId}`}
      title={cardTitle}
      subtitle={[
        t(view.units.length === 1 ? 'chart.directionOnly' : 'card.directionHint', {
          direction: t(`direction.${indicator.direction}`),
          unit: measureUnitName(indicator.unit, view.language),
        }),
        ...(drawnCount > MAX_DRAWN_UNITS && !showAll
          ? [t('chart.topAndBottom', { count: UNITS_EACH_END, total: drawnCount })]
          : []),
      ].join(t('summary.separator'))}
      definition={pickLabel(view.language, indicator.definition, indicator.definitionEn)}
      legend={toneLegend(t, indicator, sharedTarget !== null, rows)}
      controls={controls}
      query={query}
      isEmpty={rows.every((row) => row.value === null)}
      table={query.data ? rankingTableFor(cardTitle, rows, indicator, view, t) : null}
      onUnitSelect={onUnitClick}
      actions={(context) => <ExportActions context={context} />}
      footer={<ManyUnitsToggle count={drawnCount} showAll={showAll} onChange={setShowAll} />}
    >
      <UnitBarChart
        rows={rows}
        unit={indicator.unit}
        valueName={name}
        showAll={showAll}
        target={sharedTarget}
        targetLabel={
          sharedTarget === null
            ? undefined
            : t('legend.targetValue', {
                value: formatValue(sharedTarget, indicator.unit, view.language),
              })
        }
        onUnitClick={onUnitClick}
      />
    </ChartCard>
  );
}

type T = ReturnType<typeof useT>;

/**
 * The colours that are drawn, in words: better and worse only where a bar has them, and the
 * indicator's own name and unit where bars carry no judgement.
 */
export function toneLegend(
  t: T,
  indicator: Indicator,
  withTarget: boolean,
  rows?: Array<Pick<RankingRow, 'tone' | 'value'>>,
) {
  const language = currentLanguage();
  const reference =
    indicator.targets.length > 0 ? 'target' : indicator.kind === 'change' ? 'zero' : null;
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
  if (reference === null) return [neutral];
  return [
    ...(has('better')
      ? [
          {
            label: t(`legend.better.${reference}`),
            color: toneColors.better,
            shape: 'bar' as const,
          },
        ]
      : []),
    ...(has('worse')
      ? [{ label: t(`legend.worse.${reference}`), color: toneColors.worse, shape: 'bar' as const }]
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
