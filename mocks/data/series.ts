import { monthRange } from '@/lib/periods';
import { round, type Random } from './random';

/** One unit's values of one indicator, month by month. */
export type Series = Map<string, number>;

/** A share of the way from start to end, rising fast then levelling off, with a little noise. */
export function progressRamp(months: string[], random: Random, steepness = 1.5): number[] {
  const last = Math.max(months.length - 1, 1);
  let previous = 0;
  return months.map((_, index) => {
    const shape = 1 - (1 - index / last) ** steepness;
    const value = index === last ? 1 : Math.min(1, Math.max(previous, shape + random.noise(0.03)));
    previous = value;
    return value;
  });
}

/** A total that only grows: from `start` to `end` over the months, whole numbers. */
export function cumulativeSeries(
  months: string[],
  random: Random,
  start: number,
  end: number,
  decimals = 0,
): Series {
  const ramp = progressRamp(months, random);
  return new Map(
    months.map((month, index) => [
      month,
      round(start + (end - start) * (ramp[index] ?? 1), decimals),
    ]),
  );
}

/** A level drifting from `start` to `end` with noise, kept within [min, max]. */
export function driftSeries(
  months: string[],
  random: Random,
  options: {
    start: number;
    end: number;
    noise: number;
    min?: number;
    max?: number;
    decimals?: number;
  },
): Series {
  const { start, end, noise, min = -Infinity, max = Infinity, decimals = 1 } = options;
  const last = Math.max(months.length - 1, 1);
  return new Map(
    months.map((month, index) => {
      const trend = start + ((end - start) * index) / last;
      const value = index === last ? end : trend + random.noise(noise);
      return [month, round(Math.min(max, Math.max(min, value)), decimals)];
    }),
  );
}

/** Months of the sample: two and a half years up to the as-of month. */
export const sampleMonths = monthRange('2022-01', '2024-06');
export const monthsFrom = (first: string) => sampleMonths.filter((month) => month >= first);
