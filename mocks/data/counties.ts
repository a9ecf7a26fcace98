import type { Indicator } from '@/schemas/indicator';
import type { Observation } from '@/schemas/observation';
import type { Unit } from '@/schemas/unit';
import { createRandom, round, type Random } from './random';

type County = Pick<Unit, 'id' | 'name' | 'nameEn'> & {
  /** Relative size within its 盟市, used to split the city's counts. */
  size: number;
};

/** The real counties (旗县市区) of two 盟市, in the order official tables list them. */
const countiesByCity: Record<string, County[]> = {
  hohhot: [
    { id: 'hohhot-xincheng', name: '新城区', nameEn: 'Xincheng District', size: 1.3 },
    { id: 'hohhot-huimin', name: '回民区', nameEn: 'Huimin District', size: 1.0 },
    { id: 'hohhot-yuquan', name: '玉泉区', nameEn: 'Yuquan District', size: 1.0 },
    { id: 'hohhot-saihan', name: '赛罕区', nameEn: 'Saihan District', size: 1.5 },
    { id: 'hohhot-tumed-left', name: '土默特左旗', nameEn: 'Tumed Left Banner', size: 0.9 },
    { id: 'hohhot-togtoh', name: '托克托县', nameEn: 'Togtoh County', size: 0.6 },
    { id: 'hohhot-horinger', name: '和林格尔县', nameEn: 'Horinger County', size: 0.6 },
    { id: 'hohhot-qingshuihe', name: '清水河县', nameEn: 'Qingshuihe County', size: 0.4 },
    { id: 'hohhot-wuchuan', name: '武川县', nameEn: 'Wuchuan County', size: 0.5 },
  ],
  ordos: [
    { id: 'ordos-dongsheng', name: '东胜区', nameEn: 'Dongsheng District', size: 1.5 },
    { id: 'ordos-kangbashi', name: '康巴什区', nameEn: 'Kangbashi District', size: 0.6 },
    { id: 'ordos-dalad', name: '达拉特旗', nameEn: 'Dalad Banner', size: 1.1 },
    { id: 'ordos-jungar', name: '准格尔旗', nameEn: 'Jungar Banner', size: 1.2 },
    { id: 'ordos-otog-front', name: '鄂托克前旗', nameEn: 'Otog Front Banner', size: 0.4 },
    { id: 'ordos-otog', name: '鄂托克旗', nameEn: 'Otog Banner', size: 0.6 },
    { id: 'ordos-hanggin', name: '杭锦旗', nameEn: 'Hanggin Banner', size: 0.5 },
    { id: 'ordos-uxin', name: '乌审旗', nameEn: 'Uxin Banner', size: 0.6 },
    { id: 'ordos-ejin-horo', name: '伊金霍洛旗', nameEn: 'Ejin Horo Banner', size: 1.0 },
  ],
};

/** The county units, below their 盟市 (level 'county'), after the league/city units. */
export function countyUnitsOf(parents: readonly Unit[]): Unit[] {
  return parents.flatMap((parent) =>
    (countiesByCity[parent.id] ?? []).map(({ size: _size, ...county }) => ({
      ...county,
      level: 'county' as const,
      kind: 'other' as const,
      parentId: parent.id,
      border: parent.border,
    })),
  );
}

/**
 * Moves the parts from `current` towards `ideal` (same length, Σ ideal = Σ current + change, whole
 * steps): each part first gets the whole steps it lacks, then the steps left go one by one to the part
 * furthest behind. A part never exceeds its cap. Tracking the ideal, not sharing each month's change
 * afresh, keeps small monthly changes from always landing in the same county.
 */
export function allocate(
  current: readonly number[],
  ideal: readonly number[],
  change: number,
  caps: readonly number[],
): number[] {
  const sign = change < 0 ? -1 : 1;
  const next = [...current];
  const room = (index: number) =>
    sign > 0 ? (caps[index] ?? Infinity) - (next[index] ?? 0) : (next[index] ?? 0);
  const behind = (index: number) => sign * ((ideal[index] ?? 0) - (next[index] ?? 0));
  let remaining = Math.abs(change);
  next.forEach((_, index) => {
    const steps = Math.min(Math.max(0, Math.floor(behind(index))), room(index), remaining);
    next[index] = (next[index] ?? 0) + sign * steps;
    remaining -= steps;
  });
  while (remaining > 0) {
    let chosen = -1;
    next.forEach((_, index) => {
      if (room(index) > 0 && (chosen < 0 || behind(index) > behind(chosen))) chosen = index;
    });
    if (chosen < 0) break;
    next[chosen] = (next[chosen] ?? 0) + sign;
    remaining -= 1;
  }
  return next;
}

const decimalsOf = (values: readonly (number | null)[]) =>
  Math.max(
    0,
    ...values.map((value) => (value === null ? 0 : (String(value).split('.')[1] ?? '').length)),
  );

type CitySeries = Observation[];

/**
 * A count split over the counties month by month: each month's change is shared out, so that a total
 * to date never falls in any county and the counties always add up to the city. `caps` bounds each
 * county per period (resolved cases never exceed the county's assigned cases).
 */
function splitCount(
  city: CitySeries,
  weights: readonly number[],
  caps?: ReadonlyMap<string, readonly number[]>,
): Array<Map<string, number | null>> {
  const factor = 10 ** decimalsOf(city.map((observation) => observation.value));
  const parts = weights.map(() => new Map<string, number | null>());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let previous = weights.map(() => 0);
  let previousTotal = 0;
  for (const { period, value } of city) {
    if (value === null) {
      parts.forEach((part) => part.set(period, null));
      continue;
    }
    const total = Math.round(value * factor);
    const periodCaps = caps?.get(period);
    const next = allocate(
      previous,
      weights.map((weight) => (total * weight) / weightSum),
      total - previousTotal,
      weights.map((_, index) =>
        periodCaps ? Math.round((periodCaps[index] ?? 0) * factor) : Infinity,
      ),
    );
    next.forEach((steps, index) => parts[index]?.set(period, steps / factor));
    previous = next;
    previousTotal = total;
  }
  return parts;
}

/** A rate or change without counts: the city's value with deviations that cancel out, so the counties' unweighted mean is the city's. */
function spreadLevel(city: CitySeries, offsets: readonly number[], isShare: boolean) {
  return offsets.map((offset) => {
    const part = new Map<string, number | null>();
    for (const { period, value } of city) {
      // A share stays within 0–100 % even where that costs the mean a tenth.
      const spread = round(value === null ? 0 : value + offset, 1);
      part.set(
        period,
        value === null ? null : isShare ? Math.min(100, Math.max(0, spread)) : spread,
      );
    }
    return part;
  });
}

/** Offsets in tenths that add up to exactly zero. */
function balancedOffsets(count: number, random: Random, spread: number): number[] {
  const tenths = Array.from({ length: count }, () => Math.round(random.noise(spread) * 10));
  const sum = tenths.reduce((total, value) => total + value, 0);
  tenths[tenths.length - 1] = (tenths.at(-1) ?? 0) - sum;
  return tenths.map((value) => value / 10);
}

/**
 * The counties' observations of one 盟市, made by splitting its figures (never the other way round, so
 * that the 盟市 figures stay as they are): counts add up to the city's count each month, a ratio is
 * recomputed from the counties' own numerator and denominator, and a rate without counts spreads
 * around the city's value. A month the city did not report is a gap in every county. A city brand's
 * indicators (scopeUnitIds) stay with the city.
 */
export function countyObservations(
  parentId: string,
  cityObservations: readonly Observation[],
  indicators: readonly Indicator[],
  seed: string,
): Observation[] {
  const counties = countiesByCity[parentId] ?? [];
  if (counties.length === 0) return [];
  const byIndicator = new Map<string, CitySeries>();
  for (const observation of cityObservations) {
    if (observation.unitId !== parentId) continue;
    const list = byIndicator.get(observation.indicatorId) ?? [];
    list.push(observation);
    byIndicator.set(observation.indicatorId, list);
  }
  const general = indicators.filter(
    (indicator) => indicator.scopeUnitIds === undefined && byIndicator.has(indicator.id),
  );
  const ratioParts = new Set(
    general.flatMap((indicator) =>
      indicator.rollup.method === 'ratio'
        ? [indicator.rollup.numeratorId, indicator.rollup.denominatorId]
        : [],
    ),
  );
  const values = new Map<string, Array<Map<string, number | null>>>();
  const randomOf = (indicatorId: string) =>
    createRandom(`${seed}:county:${parentId}:${indicatorId}`);
  // Each figure spreads a little differently over the counties, so that their rankings differ.
  const weightsOf = (indicatorId: string) => {
    const random = randomOf(indicatorId);
    return counties.map((county) => county.size * random.between(0.7, 1.3));
  };
  const countOf = (
    indicatorId: string,
    weights = weightsOf(indicatorId),
    caps?: ReadonlyMap<string, readonly number[]>,
  ) => {
    const known = values.get(indicatorId);
    if (known) return known;
    const split = splitCount(byIndicator.get(indicatorId) ?? [], weights, caps);
    values.set(indicatorId, split);
    return split;
  };
  const capsFrom = (parts: Array<Map<string, number | null>>) => {
    const caps = new Map<string, number[]>();
    for (const period of parts[0]?.keys() ?? [])
      caps.set(
        period,
        parts.map((part) => part.get(period) ?? 0),
      );
    return caps;
  };

  for (const indicator of general) {
    const { rollup } = indicator;
    if (rollup.method !== 'ratio') continue;
    const denominatorWeights = weightsOf(rollup.denominatorId);
    const denominator = countOf(rollup.denominatorId, denominatorWeights);
    // A county's rate is the city's give or take a fifth: its share of the numerator follows its
    // share of the denominator, and never exceeds its own denominator.
    const random = randomOf(rollup.numeratorId);
    const numerator = countOf(
      rollup.numeratorId,
      denominatorWeights.map((weight) => weight * random.between(0.8, 1.2)),
      capsFrom(denominator),
    );
    values.set(
      indicator.id,
      counties.map((_, index) => {
        const part = new Map<string, number | null>();
        for (const { period } of byIndicator.get(indicator.id) ?? []) {
          const top = numerator[index]?.get(period);
          const bottom = denominator[index]?.get(period);
          part.set(
            period,
            top == null || bottom == null || bottom === 0
              ? null
              : round((top / bottom) * rollup.scale, 1),
          );
        }
        return part;
      }),
    );
  }
  for (const indicator of general) {
    if (values.has(indicator.id) || ratioParts.has(indicator.id)) continue;
    const city = byIndicator.get(indicator.id) ?? [];
    if (indicator.rollup.method === 'sum') countOf(indicator.id);
    else {
      values.set(
        indicator.id,
        spreadLevel(
          city,
          balancedOffsets(counties.length, randomOf(indicator.id), 1.5),
          indicator.unit === '%' && indicator.kind === 'rate',
        ),
      );
    }
  }

  const observations: Observation[] = [];
  for (const indicator of general) {
    const parts = values.get(indicator.id);
    const city = byIndicator.get(indicator.id) ?? [];
    counties.forEach((county, index) => {
      for (const { period, note } of city) {
        const value = parts?.[index]?.get(period) ?? null;
        observations.push({
          indicatorId: indicator.id,
          unitId: county.id,
          period,
          value,
          // A gap of the city is a gap of its counties, for the same reason.
          ...(value === null && note && { note }),
        });
      }
    });
  }
  return observations;
}
