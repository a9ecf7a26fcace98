import { quarterOf } from '@/lib/periods';
import type { ObservationsResponse, SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Observation } from '@/schemas/observation';
import { lowerBound, type DatasetIndex } from './dataset-index';
import type { ObservationQuery } from './parse-query';

/**
 * `countsIncomplete`: a quarter's flow that misses a month; it counts as not fully reported when
 * combined. `incomplete` (public): some month the quarter holds was not reported.
 */
type Point = Pick<
  SeriesPoint,
  'period' | 'value' | 'note' | 'revised' | 'previousValue' | 'revisedAt' | 'months' | 'incomplete'
> & { countsIncomplete?: boolean };

/** One unit's observations of one indicator within the range, as months or quarters. */
function unitSeries(list: Observation[], query: ObservationQuery, indicator: Indicator): Point[] {
  // A quarter holds only the months of the range (and of the data): with to=2024-05, 2024-Q2 is
  // April and May, and says so in `months`, never June.
  const start = query.from === null ? 0 : lowerBound(list, query.from);
  const end = query.to === null ? list.length : lowerBound(list, `${query.to}~`);
  const months = list.slice(start, end);
  if (query.granularity === 'month') {
    return months.map(({ period, value, note, revised, previousValue, revisedAt }) => ({
      period,
      value,
      ...(note && { note }),
      ...(revised && { revised }),
      ...(revised && previousValue !== undefined && { previousValue }),
      ...(revised && revisedAt && { revisedAt }),
    }));
  }
  const quarters = new Map<string, Observation[]>();
  for (const observation of months) {
    const quarter = quarterOf(observation.period);
    const group = quarters.get(quarter);
    if (group) group.push(observation);
    else quarters.set(quarter, [observation]);
  }
  return [...quarters].map(([period, group]) => {
    const reported = group.filter((observation) => observation.value !== null);
    const revised = group.some((observation) => observation.revised);
    const held = { months: group.map((observation) => observation.period) };
    const missing = group.length - reported.length;
    if (indicator.accumulation === 'per-period') {
      // A quarter's flow is the sum of its months; a quarter with no reported month is a gap.
      const value =
        reported.length === 0 ? null : reported.reduce((sum, item) => sum + (item.value ?? 0), 0);
      const note = missing > 0 ? `${missing}个月缺报` : undefined;
      return {
        period,
        value,
        ...held,
        ...(note && { note, incomplete: true, countsIncomplete: true }),
        ...(revised && { revised }),
      };
    }
    // A total to date or a level is read at the quarter's last reported month.
    const last = reported.at(-1);
    return {
      period,
      value: last?.value ?? null,
      ...held,
      ...(last?.note && { note: last.note }),
      ...(missing > 0 && { incomplete: true }),
      ...(revised && { revised }),
    };
  });
}

function selectedIndicators(index: DatasetIndex, query: ObservationQuery): Indicator[] {
  const initiatives = query.initiativeIds ? new Set(query.initiativeIds) : null;
  const ids = query.indicatorIds ?? [...index.indicatorsById.keys()];
  return ids
    .map((id) => index.indicatorsById.get(id))
    .filter((indicator): indicator is Indicator => indicator !== undefined)
    .filter((indicator) => initiatives === null || initiatives.has(indicator.initiativeId));
}

function selectedUnits(index: DatasetIndex, query: ObservationQuery): string[] {
  // Without a unit filter, the units directly below the parent, by default the league/city level:
  // the region is their sum and a 盟市 the sum of its counties, never another unit to add.
  if (query.unitIds) return query.unitIds;
  const { units } = index.dataset;
  return (
    query.parentId == null
      ? units.filter((unit) => unit.level === 'league-city')
      : units.filter((unit) => unit.parentId === query.parentId)
  ).map((unit) => unit.id);
}

function seriesOf(
  index: DatasetIndex,
  indicatorId: string,
  unitIds: string[],
  query: ObservationQuery,
  indicator: Indicator,
) {
  const byUnit = index.series.get(indicatorId);
  const result = new Map<string, Map<string, Point>>();
  if (!byUnit) return result;
  for (const unitId of unitIds) {
    const list = byUnit.get(unitId);
    if (list)
      result.set(
        unitId,
        new Map(unitSeries(list, query, indicator).map((point) => [point.period, point])),
      );
  }
  return result;
}

function combine(
  indicator: Indicator,
  index: DatasetIndex,
  unitIds: string[],
  query: ObservationQuery,
): SeriesPoint[] {
  const own = seriesOf(index, indicator.id, unitIds, query, indicator);
  // The note names the level combined: a parent's counties are 旗县市区, not 盟市 (the units of one
  // request share a level: the dashboard asks for counties by name, other clients with parent=).
  const [firstUnitId] = unitIds;
  const counties =
    query.parentId != null ||
    index.dataset.units.find((unit) => unit.id === firstUnitId)?.level === 'county';
  const levelNoun = counties ? '旗县市区' : '盟市';
  const rollup = indicator.rollup;
  const parts =
    rollup.method === 'ratio'
      ? {
          numerator: seriesOf(
            index,
            rollup.numeratorId,
            unitIds,
            query,
            index.indicatorsById.get(rollup.numeratorId) ?? indicator,
          ),
          denominator: seriesOf(
            index,
            rollup.denominatorId,
            unitIds,
            query,
            index.indicatorsById.get(rollup.denominatorId) ?? indicator,
          ),
        }
      : null;
  const expected = own.size;
  const periods = new Set<string>();
  for (const points of own.values()) for (const period of points.keys()) periods.add(period);
  return [...periods].sort().map((period) => {
    let counted = 0;
    let incomplete = 0;
    let total = 0;
    let numerator = 0;
    let denominator = 0;
    let revised = false;
    let anyIncomplete = false;
    const held = new Set<string>();
    for (const [unitId, points] of own) {
      const point = points.get(period);
      if (point?.revised) revised = true;
      if (point?.incomplete) anyIncomplete = true;
      for (const month of point?.months ?? []) held.add(month);
      if (point?.value == null) continue;
      if (parts) {
        const top = parts.numerator.get(unitId)?.get(period)?.value;
        const bottom = parts.denominator.get(unitId)?.get(period)?.value;
        if (top == null || bottom == null || bottom === 0) continue;
        numerator += top;
        denominator += bottom;
      }
      counted += 1;
      if (point.countsIncomplete) incomplete += 1;
      total += point.value;
    }
    let value: number | null = null;
    if (counted > 0) {
      if (rollup.method === 'sum') value = total;
      else if (rollup.method === 'mean') value = total / counted;
      else if (rollup.method === 'ratio') value = (numerator / denominator) * rollup.scale;
      // 'none': not combinable, so the combined point stays a gap (the figure policy shows units only).
    }
    return {
      indicatorId: indicator.id,
      unitId: 'all' as const,
      period,
      value: value === null ? null : Number(value.toFixed(6)),
      // A unit whose quarter misses a month contributes what it has, but is not counted as reported.
      reported: counted - incomplete,
      expected,
      ...(held.size > 0 && { months: [...held].sort() }),
      ...(anyIncomplete && { incomplete: true }),
      ...(incomplete > 0 && { note: `${incomplete}个${levelNoun}有月份缺报` }),
      ...(revised && { revised }),
    };
  });
}

/** GET /observations: the filtered series, per unit or combined across the selected units. */
export function queryObservations(
  index: DatasetIndex,
  query: ObservationQuery,
): ObservationsResponse {
  const indicators = selectedIndicators(index, query);
  const unitIds = selectedUnits(index, query);
  const points: SeriesPoint[] = [];
  for (const indicator of indicators) {
    if (query.aggregate) {
      points.push(...combine(indicator, index, unitIds, query));
      continue;
    }
    for (const [unitId, series] of seriesOf(index, indicator.id, unitIds, query, indicator)) {
      for (const { countsIncomplete: _countsIncomplete, ...point } of series.values())
        points.push({ indicatorId: indicator.id, unitId, ...point });
    }
  }
  return { granularity: query.granularity, aggregate: query.aggregate, points };
}
