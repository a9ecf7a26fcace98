import { round, type Random } from './random';
import {
  cumulativeSeries,
  driftSeries,
  monthsFrom,
  progressRamp,
  sampleMonths,
  type Series,
} from './series';

/**
 * How the sample's series are made, one recipe per group of indicators. Each returns, for one unit,
 * a series per indicator id. Ranges follow the magnitudes the report and its peers publish
 * (../shared/DOMAIN.md).
 */
export type Recipe = (unitId: string, size: number, random: Random) => Record<string, Series>;

const RESEARCH_START = '2023-04';
const BACKLOG_START = '2023-06';

export const researchRecipe: Recipe = (_unitId, size, random) => {
  const months = monthsFrom(RESEARCH_START);
  const problems = Math.round(random.between(40, 110) * size);
  const measures = Math.round(problems * random.between(0.6, 0.9));
  const topics = Math.max(2, Math.round(random.between(3, 8) * size));
  const series = (end: number) => cumulativeSeries(months, random, Math.min(1, end), end);
  return {
    'research-topics': series(topics),
    'case-dissections': series(Math.round(random.between(6, 24) * size)),
    'problems-sorted': series(problems),
    'measures-formed': series(measures),
    'research-reports': series(Math.max(1, Math.round(topics * random.between(0.6, 1)))),
    'documents-drafted': series(random.integer(2, 9)),
    'experiences-converted': series(Math.max(1, Math.round(measures * random.between(0.05, 0.14)))),
  };
};

/** Resolution rates at the as-of month: spread so that some units are behind the 55 % milestone. */
export const finalResolutionRates = [
  0.38, 0.44, 0.5, 0.53, 0.58, 0.61, 0.64, 0.67, 0.7, 0.72, 0.75, 0.79,
];

export const backlogRecipe =
  (finalRate: number): Recipe =>
  (_unitId, size, random) => {
    const months = monthsFrom(BACKLOG_START);
    const ramp = progressRamp(months, random, 1.2);
    const initial = Math.round(random.between(90, 160) * size);
    const laterAdditions = [random.integer(0, 8), random.integer(0, 6)];
    const assigned = new Map<string, number>();
    const resolved = new Map<string, number>();
    const rate = new Map<string, number>();
    const leaders = new Map<string, number>();
    const multiYear = new Map<string, number>();
    const leaderShare = random.between(0.12, 0.2);
    const multiYearShare = random.between(0.18, 0.3);
    let resolvedSoFar = 0;
    months.forEach((month, index) => {
      const total =
        initial +
        (month >= '2023-09' ? (laterAdditions[0] ?? 0) : 0) +
        (month >= '2023-12' ? (laterAdditions[1] ?? 0) : 0);
      const share = 0.06 + (finalRate - 0.06) * (ramp[index] ?? 1);
      resolvedSoFar = Math.max(resolvedSoFar, Math.round(total * share));
      assigned.set(month, total);
      resolved.set(month, resolvedSoFar);
      rate.set(month, round((resolvedSoFar / total) * 100, 1));
      leaders.set(month, Math.round(resolvedSoFar * leaderShare));
      multiYear.set(
        month,
        Math.round(total * multiYearShare * (1 - 0.85 * (resolvedSoFar / total))),
      );
    });
    const firstPetitionBase = random.between(90.5, 96.5);
    return {
      'backlog-assigned': assigned,
      'backlog-resolved': resolved,
      'backlog-resolution-rate': rate,
      'leader-handled': leaders,
      'multi-year-backlog': multiYear,
      'first-petition-rate': driftSeries(sampleMonths, random, {
        start: firstPetitionBase - 1.5,
        end: firstPetitionBase,
        noise: 1.3,
        max: 99.6,
      }),
    };
  };

/** Disputes diverted per month in 万件, from a yearly total split by season, in whole cases. */
function divertedSeries(random: Random, yearlyTotals: Record<string, number>): Series {
  const series: Series = new Map();
  for (const [year, total] of Object.entries(yearlyTotals)) {
    const months = sampleMonths.filter((month) => month.startsWith(year));
    const weights = months.map((month) => {
      const monthOfYear = Number(month.slice(5));
      // Fewer disputes around the Spring Festival, more in early summer and before year end.
      return (
        (monthOfYear === 2 ? 0.7 : 1) *
        (monthOfYear === 6 || monthOfYear === 12 ? 1.15 : 1) *
        random.between(0.9, 1.1)
      );
    });
    // A year still running (2024) gets its months' share of the yearly total.
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0) * (12 / months.length);
    months.forEach((month, index) => {
      const cases = Math.round((total * 10000 * (weights[index] ?? 1)) / weightSum);
      series.set(month, cases / 10000);
    });
  }
  return series;
}

/** A year-to-date change: noisy early in the year, settling on the year's figure by December. */
function yearToDateChange(random: Random, yearly: Record<string, number>): Series {
  return new Map(
    sampleMonths.map((month) => {
      const monthOfYear = Number(month.slice(5));
      const target = yearly[month.slice(0, 4)] ?? 0;
      return [month, round(target + random.noise(6 / monthOfYear), 1)];
    }),
  );
}

export const disputeRecipe: Recipe = (unitId, size, random) => {
  const base2022 =
    unitId === 'ordos' ? 3.65 : round(3.65 * (size / 1.1) * random.between(0.6, 1.1), 2);
  const growth2023 = random.between(1.04, 1.15);
  const diverted = divertedSeries(random, {
    '2022': base2022,
    '2023': base2022 * growth2023,
    '2024': base2022 * growth2023 * random.between(1.02, 1.08),
  });
  const newCases = yearToDateChange(random, {
    '2022': random.between(-4, 8),
    '2023': unitId === 'ordos' ? -11.2 : random.between(-16, -1),
    '2024': random.between(-14, 1),
  });
  const closureBase = random.between(91.5, 95.5);
  const closure: Series = new Map(
    sampleMonths.map((month) => {
      const year = Number(month.slice(0, 4)) - 2022;
      const monthOfYear = Number(month.slice(5));
      const yearEnd = closureBase + year * random.between(0.3, 1.2);
      return [
        month,
        round(Math.min(99, yearEnd - (12 - monthOfYear) * 1.6 + random.noise(0.4)), 1),
      ];
    }),
  );
  const closureChange: Series = new Map();
  for (const [month, value] of closure) {
    const yearBefore = closure.get(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`);
    if (yearBefore !== undefined) closureChange.set(month, round(value - yearBefore, 1));
  }
  return {
    'disputes-diverted': diverted,
    'new-court-cases-yoy': newCases,
    'court-closure-rate': closure,
    'closure-rate-change': closureChange,
    'petition-cases-yoy': yearToDateChange(random, {
      '2022': random.between(-6, 6),
      '2023': random.between(-22, -5),
      '2024': random.between(-18, -2),
    }),
  };
};

export const serviceRecipe: Recipe = (unitId, _size, random) => {
  const fromBaseline = monthsFrom('2023-01');
  const onlineStart = random.between(62, 75);
  return {
    'online-items-increase': cumulativeSeries(
      fromBaseline,
      random,
      random.between(1, 4),
      random.between(25, 60),
      1,
    ),
    'e-licence-items-increase': cumulativeSeries(
      fromBaseline,
      random,
      random.between(1, 3),
      random.between(15, 45),
      1,
    ),
    'instant-items-increase': cumulativeSeries(
      fromBaseline,
      random,
      random.between(0, 2),
      random.between(10, 35),
      1,
    ),
    'time-limit-compression': driftSeries(sampleMonths, random, {
      start: random.between(25, 38),
      end: unitId === 'baotou' ? 54 : random.between(40, 62),
      noise: 0.8,
      min: 0,
    }),
    'fully-online-rate': driftSeries(sampleMonths, random, {
      start: onlineStart,
      end: random.between(84, 95),
      noise: 0.6,
      max: 99,
    }),
  };
};
