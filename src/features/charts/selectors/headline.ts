import { previousPeriod, yearEarlier } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import { targetInForce, toneOf, type Tone } from './targets';

export type Headline = {
  indicator: Indicator;
  period: string | null;
  value: number | null;
  previous: number | null;
  yearAgo: number | null;
  target: number | null;
  tone: Tone;
  sparkline: Array<{ period: string; value: number | null }>;
};

/**
 * A headline figure: the combined value at the last period of the range that has one, with the
 * period before (环比), the same period a year earlier (同比) and the target in force.
 * `points` must reach back a year before the range for 同比.
 */
export function headlineOf(
  points: SeriesPoint[],
  indicator: Indicator,
  periods: string[],
): Headline {
  const values = new Map<string, number | null>();
  for (const point of points)
    if (point.indicatorId === indicator.id && point.unitId === 'all')
      values.set(point.period, point.value);
  const period =
    [...periods].reverse().find((candidate) => (values.get(candidate) ?? null) !== null) ?? null;
  const value = period === null ? null : (values.get(period) ?? null);
  const target = period === null ? null : targetInForce(indicator, period, 'all');
  return {
    indicator,
    period,
    value,
    previous: period === null ? null : (values.get(previousPeriod(period)) ?? null),
    yearAgo: period === null ? null : (values.get(yearEarlier(period)) ?? null),
    target,
    tone: toneOf(indicator, value, target),
    sparkline: periods.map((candidate) => ({
      period: candidate,
      value: values.get(candidate) ?? null,
    })),
  };
}
