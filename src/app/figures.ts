import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  observationsQueryOptions,
  useObservations,
  type ObservationsResult,
} from '@/features/reports/api/get-observations';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import {
  combinedSeriesOf,
  figureOf,
  type CombinedPoint,
  type Figure,
  type PolicyUnit,
} from '@/lib/figure-policy/figure-policy';
import { monthsOfPeriod } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Initiative } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';
import {
  shownPeriods,
  useDashboardView,
  withYearBefore,
  type DashboardView,
} from './dashboard-view';

/*
 * Figures through the figure policy, for tiles, brand cards and the briefing alike: the per-unit
 * points of the indicators (with a ratio's numerator and denominator) from a year before the range,
 * and, for a flow counted from a start, its points since then (the report's "运行以来" total).
 */

const indicatorsOf = (view: DashboardView, ids: readonly string[]) =>
  ids.map((id) => view.indicator(id)).filter((item): item is Indicator => item !== undefined);

/** The indicators to ask for: each, and the counts a ratio is recomputed from. */
function requestedIds(indicators: Indicator[]): string[] {
  const ids = new Set<string>();
  for (const indicator of indicators) {
    ids.add(indicator.id);
    if (indicator.rollup.method === 'ratio') {
      ids.add(indicator.rollup.numeratorId);
      ids.add(indicator.rollup.denominatorId);
    }
  }
  return [...ids];
}

type FigureRequest = { main: ObservationParams; extra: ObservationParams | null };

function figureRequest(
  view: DashboardView,
  indicators: Indicator[],
  units: readonly PolicyUnit[],
): FigureRequest {
  const unitParams = view.filters.units.length > 0 || units !== view.units;
  const base: ObservationParams = {
    ...view.baseParams,
    ...(unitParams ? { units: units.map((unit) => unit.id) } : { units: undefined }),
  };
  const main = { ...withYearBefore(base), indicators: requestedIds(indicators) };
  const flows = indicators.filter(
    (indicator) =>
      indicator.accumulation === 'per-period' &&
      indicator.since !== undefined &&
      indicator.since < (main.from ?? ''),
  );
  // What the main range lacks: a flow's months since its start, and a period picked to compare with.
  const picked = view.comparePeriod ? monthsOfPeriod(view.comparePeriod).from : null;
  const earliest = [
    ...flows.map((indicator) => indicator.since as string),
    ...(picked !== null && picked < (main.from ?? '') ? [picked] : []),
  ].sort()[0];
  const extra =
    earliest === undefined
      ? null
      : {
          ...base,
          indicators: picked !== null ? main.indicators : flows.map((indicator) => indicator.id),
          from: earliest,
          to: main.from,
        };
  return { main, extra };
}

/** A figure with its combined series over the range (for a sparkline). */
export type ShownFigure = Figure & { series: CombinedPoint[] };

function figuresFrom(
  view: DashboardView,
  indicators: Indicator[],
  requestedUnits: readonly PolicyUnit[],
  main: ObservationsResult,
  since: ObservationsResult | undefined,
): ShownFigure[] {
  const points: SeriesPoint[] = since ? [...since.points, ...main.points] : main.points;
  const periods = shownPeriods(main.periods);
  // Figures kept on screen from earlier filters are read with the units they were asked for.
  const asked = view.unitsOf(main.units);
  const units = requestedUnits.filter((unit) => asked.some((item) => item.id === unit.id));
  const readUnits = units.length > 0 ? units : asked;
  return indicators.map((indicator) => {
    const input = { indicator, points, units: readUnits, periods };
    return {
      ...figureOf({
        ...input,
        totalUnits: view.totalUnits,
        parent: view.parent,
        comparison: view.filters.comparison,
        comparePeriod: view.comparePeriod,
      }),
      series: combinedSeriesOf(input),
    };
  });
}

/** The figures of some indicators for the selected units (or the given ones), as the page shows them. */
export function useFigures(
  ids: readonly string[],
  options: { units?: readonly PolicyUnit[]; enabled?: boolean } = {},
) {
  const view = useDashboardView();
  const units = options.units ?? view.units;
  const indicators = indicatorsOf(view, ids);
  const request = figureRequest(view, indicators, units);
  const enabled = (options.enabled ?? true) && indicators.length > 0;
  const query = useObservations(request.main, { enabled });
  const extraQuery = useObservations(request.extra ?? request.main, {
    enabled: enabled && request.extra !== null,
  });
  const mainData = query.data;
  const extraData = request.extra ? extraQuery.data : undefined;
  const needsExtra = request.extra !== null;
  const idsKey = ids.join('\n');
  // Worked out once per answer (and view), not on every render: each redraw of a headline card
  // (its query fetching, say) recomputed every figure over all the units' points.
  const figures = useMemo(
    () =>
      mainData && (!needsExtra || extraData)
        ? figuresFrom(view, indicatorsOf(view, idsKey.split('\n')), units, mainData, extraData)
        : null,
    [view, idsKey, units, mainData, extraData, needsExtra],
  );
  const failed = query.isError ? query : extraQuery.isError ? extraQuery : null;
  return {
    figures,
    isFetching: query.isFetching || extraQuery.isFetching,
    error: failed?.error ?? null,
    refetch: () => Promise.all([query.refetch(), request.extra ? extraQuery.refetch() : null]),
  };
}

/** The requests the figures of some indicators are read from (for the view's units). */
export function figureQueries(view: DashboardView, ids: readonly string[]): ObservationParams[] {
  const indicators = indicatorsOf(view, ids);
  if (indicators.length === 0) return [];
  const request = figureRequest(view, indicators, view.units);
  return request.extra ? [request.main, request.extra] : [request.main];
}

/** The same figures outside React (the briefing), from React Query's cache when the page has them. */
export async function loadFigures(
  client: QueryClient,
  view: DashboardView,
  ids: readonly string[],
  units: readonly PolicyUnit[] = view.units,
): Promise<ShownFigure[]> {
  const indicators = indicatorsOf(view, ids);
  if (indicators.length === 0) return [];
  const request = figureRequest(view, indicators, units);
  const [main, since] = await Promise.all([
    client.ensureQueryData(observationsQueryOptions(request.main)),
    request.extra ? client.ensureQueryData(observationsQueryOptions(request.extra)) : undefined,
  ]);
  return figuresFrom(view, indicators, units, main, since);
}

/** A brand's own indicators, in catalogue order. */
export const brandIndicators = (view: DashboardView, brand: Initiative) =>
  view.indicators.filter((indicator) => indicator.initiativeId === brand.id);

/**
 * The selected units a brand card speaks for: the units its indicators are scoped to, else the unit
 * that built it (Ordos for 三端五防线), else every selected unit.
 */
export function brandUnits(view: DashboardView, brand: Initiative): Unit[] {
  const scoped = new Set(brandIndicators(view, brand).flatMap((item) => item.scopeUnitIds ?? []));
  if (scoped.size === 0 && brand.ownerUnitId) scoped.add(brand.ownerUnitId);
  return scoped.size === 0 ? view.units : view.units.filter((unit) => scoped.has(unit.id));
}
