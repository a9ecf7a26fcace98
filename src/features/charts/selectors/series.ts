import type { SeriesPoint } from '@/schemas/api';

/** Points of one indicator, keyed by unit then period. */
export function byUnitAndPeriod(
  points: SeriesPoint[],
  indicatorId: string,
): Map<string, Map<string, SeriesPoint>> {
  const result = new Map<string, Map<string, SeriesPoint>>();
  for (const point of points) {
    if (point.indicatorId !== indicatorId) continue;
    let byPeriod = result.get(point.unitId);
    if (!byPeriod) {
      byPeriod = new Map();
      result.set(point.unitId, byPeriod);
    }
    byPeriod.set(point.period, point);
  }
  return result;
}

/** Each unit's last reported point within the periods (a gap at the end falls back to the last figure). */
export function latestReported(
  points: SeriesPoint[],
  indicatorId: string,
  periods: string[],
): Map<string, SeriesPoint> {
  const inRange = new Set(periods);
  const latest = new Map<string, SeriesPoint>();
  for (const point of points) {
    if (point.indicatorId !== indicatorId || point.value === null || !inRange.has(point.period))
      continue;
    const current = latest.get(point.unitId);
    if (!current || point.period > current.period) latest.set(point.unitId, point);
  }
  return latest;
}

export type TrendRow = { period: string } & Record<string, number | null | string>;

/** Rows for a time chart: one per period, a column per series; a gap stays null so the line breaks. */
export function trendRows(
  points: SeriesPoint[],
  series: Array<{ key: string; indicatorId: string; unitId?: string }>,
  periods: string[],
): TrendRow[] {
  const lookup = new Map<string, number | null>();
  for (const point of points)
    lookup.set(`${point.indicatorId}|${point.unitId}|${point.period}`, point.value);
  return periods.map((period) => {
    const row: TrendRow = { period };
    for (const item of series)
      row[item.key] = lookup.get(`${item.indicatorId}|${item.unitId ?? 'all'}|${period}`) ?? null;
    return row;
  });
}
