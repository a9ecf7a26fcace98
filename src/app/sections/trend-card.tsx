import { useMemo } from 'react';
import { ChartCard } from '@/features/charts/chart-card';
import type { TrendRow } from '@/features/charts/selectors/series';
import { trendTable } from '@/features/charts/selectors/tables';
import type { TrendSeries } from '@/features/charts/trend-chart';
import { TrendChart } from '@/features/charts/lazy-charts';
import { useObservations } from '@/features/reports/api/get-observations';
import { seriesColor, targetColor } from '@/lib/colors';
import {
  combinedSeriesOf,
  scopeOf,
  type CombinedPoint,
  type PolicyUnit,
} from '@/lib/figure-policy/figure-policy';
import { targetInForce } from '@/lib/figure-policy/targets';
import {
  outOfScopeWording,
  revisionWording,
  seriesScopeWording,
} from '@/lib/figure-policy/wording';
import { formatPeriod, formatPeriodRange, formatValue } from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import type { MessageKey } from '@/lib/i18n/messages';
import { pickLabel, translate } from '@/lib/i18n/translate';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import { useDashboardView, useViewT, type DashboardView } from '../dashboard-view';
import { ExportActions } from './export-actions';

type TrendCardProps = {
  id: string;
  title: string;
  indicatorIds: string[];
  chartType?: 'line' | 'bar';
  wide?: boolean;
};

const requested = (indicators: Indicator[]) => [
  ...new Set(
    indicators.flatMap((indicator) =>
      indicator.rollup.method === 'ratio'
        ? [indicator.id, indicator.rollup.numeratorId, indicator.rollup.denominatorId]
        : [indicator.id],
    ),
  ),
];

/**
 * Indicators of one measure unit over time, combined across the selected units they belong to by
 * the figure policy (a ratio from its counts), with their target path, the periods that lack units,
 * and the notes and revisions of the units' points.
 */
export function TrendCard({ id, title, indicatorIds, chartType = 'line', wide }: TrendCardProps) {
  const t = useViewT();
  const view = useDashboardView();
  // Kept while the view and the ids stay the same, so the work below is done once per answer.
  const idsKey = indicatorIds.join('\n');
  const indicators = useMemo(
    () =>
      idsKey
        .split('\n')
        .map((indicatorId) => view.indicator(indicatorId))
        .filter((item): item is Indicator => item !== undefined),
    [view, idsKey],
  );
  const first = indicators[0];
  const units = first ? scopeOf(first, view.units) : [];
  const query = useObservations(
    {
      ...view.baseParams,
      ...(units.length < view.units.length && { units: units.map((unit) => unit.id) }),
      indicators: requested(indicators),
    },
    { enabled: units.length > 0 },
  );
  const data = query.data;
  // At county scale the points run to tens of thousands: combined and annotated once per answer.
  const worked = useMemo(() => {
    if (!data || !first) return null;
    // Figures kept on screen from earlier filters are combined over the units they were asked for.
    const dataUnits = scopeOf(first, view.unitsOf(data.units));
    const combined = indicators.map((indicator) =>
      combinedSeriesOf({
        indicator,
        points: data.points,
        units: dataUnits,
        periods: data.periods,
      }),
    );
    return {
      combined,
      remarks: remarksByPeriod(indicators, combined, data.points, dataUnits, view),
    };
  }, [data, first, indicators, view]);
  if (!first) return null;
  const label = (indicator: Indicator) =>
    pickLabel(view.language, indicator.name, indicator.nameEn);
  const series: TrendSeries[] = indicators.map((indicator, index) => ({
    key: indicator.id,
    label: label(indicator),
    color: seriesColor(index),
    type: chartType,
  }));
  const combined = worked?.combined ?? [];
  const rows: TrendRow[] = (query.data?.periods ?? []).map((period, index) => {
    const row: TrendRow = { period };
    indicators.forEach((indicator, position) => {
      row[indicator.id] = combined[position]?.[index]?.value ?? null;
    });
    return row;
  });
  // One target path per chart, for a single indicator with targets: two paths would be unreadable.
  const withTarget = indicators.length === 1 && first.targets.length > 0;
  if (withTarget) {
    const judged = units.length === 1 && units[0] ? units[0].id : 'all';
    for (const row of rows) row.target = targetInForce(first, row.period, judged)?.value ?? null;
    series.push({
      key: 'target',
      label: t('legend.targetPath'),
      color: targetColor,
      type: 'line',
      target: true,
    });
  }
  const remarks = worked?.remarks ?? new Map<string, string>();
  const reported = rows.filter((row) => indicators.some((indicator) => row[indicator.id] !== null));
  const single = reported.length === 1 ? reported[0] : undefined;
  const scope =
    units.length === 0
      ? outOfScopeWording(first, view.language, view.parent)
      : seriesScopeWording(first, view.units, units, view.totalUnits, view.language, view.parent);
  return (
    <ChartCard
      id={id}
      title={title}
      subtitle={[scope, formatPeriodRange(view.from, view.to, view.language)].join(
        t('summary.separator'),
      )}
      definition={indicators
        .map(
          (indicator) =>
            `${label(indicator)}${view.language === 'en' ? ': ' : '：'}${pickLabel(view.language, indicator.definition, indicator.definitionEn)}`,
        )
        .join('\n')}
      legend={[
        ...series.map((item) => ({
          label: item.label,
          color: item.color,
          shape: item.target
            ? ('dash' as const)
            : item.type === 'bar'
              ? ('bar' as const)
              : ('line' as const),
        })),
        ...(remarks.size > 0
          ? [{ label: t('card.remarkMarker'), color: targetColor, shape: 'line' as const }]
          : []),
      ]}
      query={
        units.length === 0
          ? { ...query, isPending: false, isError: false, isFetching: false, error: null }
          : query
      }
      isEmpty={units.length === 0 || reported.length === 0}
      emptyMessage={units.length === 0 ? scope : undefined}
      table={
        units.length === 0
          ? { caption: title, columns: [], rows: [] }
          : query.data
            ? trendTable(
                title,
                rows,
                series,
                t('table.period'),
                first.unit,
                view.describePeriod,
                { label: t('table.coverage'), byPeriod: coverageOf(combined[0] ?? []) },
                { label: t('table.note'), byPeriod: remarks },
              )
            : null
      }
      actions={(context) => <ExportActions context={context} />}
      wide={wide}
    >
      {single ? (
        <SingleValue row={single} indicators={indicators} view={view} />
      ) : (
        <TrendChart rows={rows} series={series} unit={first.unit} remarks={remarks} />
      )}
    </ChartCard>
  );
}

/** A series with one reported period reads as that value and its month, not as a dot on an empty axis. */
function SingleValue({
  row,
  indicators,
  view,
}: {
  row: TrendRow;
  indicators: Indicator[];
  view: DashboardView;
}) {
  const t = useViewT();
  return (
    <div className="single-value" data-single-value>
      {indicators.map((indicator) => {
        const value = row[indicator.id];
        if (typeof value !== 'number') return null;
        return (
          <p key={indicator.id} className="single-value__figure">
            <span className="single-value__name">
              {pickLabel(view.language, indicator.name, indicator.nameEn)}
            </span>{' '}
            <strong>{formatValue(value, indicator.unit, view.language)}</strong>
          </p>
        );
      })}
      <p className="single-value__period">
        {t('card.singleValue', { period: view.describePeriod(row.period) })}
      </p>
    </div>
  );
}

/** "11/12" where a period's combined figure lacks units. */
function coverageOf(points: CombinedPoint[]): Map<string, string> {
  const coverage = new Map<string, string>();
  for (const point of points)
    if (
      point.expected.length > 1 &&
      point.reported.length < point.expected.length &&
      point.reported.length > 0
    )
      coverage.set(point.period, `${point.reported.length}/${point.expected.length}`);
  return coverage;
}

/**
 * What the data says beside each period: the units missing from the combined figure, the units'
 * notes and revisions ("通辽市：原报74件，更正为70件"), and a partial or incomplete quarter.
 */
function remarksByPeriod(
  indicators: Indicator[],
  combined: CombinedPoint[][],
  points: SeriesPoint[],
  units: readonly PolicyUnit[],
  view: DashboardView,
): Map<string, string> {
  const language: Language = view.language;
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, { ...view.levelWords, ...values });
  const names = new Map(
    units.map((unit) => [unit.id, pickLabel(language, unit.name, unit.nameEn)]),
  );
  const byPeriod = new Map<string, string[]>();
  const add = (period: string, text: string) => {
    const list = byPeriod.get(period) ?? [];
    if (!list.includes(text)) list.push(text);
    byPeriod.set(period, list);
  };
  const own = new Set(indicators.map((indicator) => indicator.id));
  for (const point of points) {
    if (!own.has(point.indicatorId) || !names.has(point.unitId)) continue;
    const indicator = indicators.find((item) => item.id === point.indicatorId);
    if (!indicator) continue;
    const who = units.length > 1 ? `${names.get(point.unitId)}：` : '';
    const revision = revisionWording(point, indicator.unit, language);
    if (point.note) add(point.period, `${who}${point.note}`);
    if (revision) add(point.period, `${who}${revision}`);
    if (point.months && point.months.length < 3 && point.period.includes('Q'))
      add(
        point.period,
        t('card.partialQuarter', {
          quarter: formatPeriod(point.period, language),
          months: point.months
            .map((month) => formatPeriod(month, language))
            .join(t('summary.listSeparator')),
        }),
      );
  }
  for (const series of combined)
    for (const point of series) {
      const missing = point.expected.filter((unitId) => !point.reported.includes(unitId));
      if (point.expected.length > 1 && missing.length > 0 && point.reported.length > 0)
        add(
          point.period,
          t('policy.coverage.none', {
            units: missing
              .map((unitId) => names.get(unitId) ?? unitId)
              .join(t('summary.listSeparator')),
          }),
        );
    }
  return new Map(
    [...byPeriod].map(([period, list]) => [period, list.join(t('summary.separator'))]),
  );
}
