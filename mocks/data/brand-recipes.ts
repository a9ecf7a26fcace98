import type { Random } from './random';
import { cumulativeSeries, driftSeries, monthsFrom, sampleMonths, type Series } from './series';

/** Series of the pilot brands, each observed only in the unit that built it. */
export function hohhotSeries(random: Random): Record<string, Series> {
  const months = monthsFrom('2023-01');
  const revision = cumulativeSeries(months, random, 68, 100, 1);
  return {
    'convention-revision-rate': revision,
    'family-education-stations': cumulativeSeries(months, random, 80, 356),
    'hero-squads': cumulativeSeries(months, random, 12, 46),
    'leifeng-squads': cumulativeSeries(months, random, 180, 620),
  };
}

export function baotouSeries(random: Random): Record<string, Series> {
  const months = monthsFrom('2023-01');
  const powerItems: Series = new Map(
    sampleMonths.map((month) => [
      month,
      month < '2023-06' ? 6310 - (month >= '2023-01' ? 32 : 0) : 6246,
    ]),
  );
  return {
    'power-items-listed': powerItems,
    'items-delegated': cumulativeSeries(months, random, 20, 436),
    'items-must-enter': cumulativeSeries(months, random, 1800, 2105),
    'cross-city-items': cumulativeSeries(months, random, 96, 268),
    'mobile-items': cumulativeSeries(months, random, 120, 315),
    'processing-time-cut': driftSeries(sampleMonths, random, { start: 38, end: 54, noise: 0.7 }),
  };
}

export function borderSeries(size: number, random: Random): Record<string, Series> {
  const months = monthsFrom('2023-04');
  return {
    'border-villages-covered': cumulativeSeries(
      months,
      random,
      3,
      Math.round(random.between(60, 160) * size),
    ),
  };
}
