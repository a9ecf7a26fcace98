import type { Dataset } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Observation } from '@/schemas/observation';

/**
 * Observations grouped by indicator, then unit, each list sorted by period, so that a query touches
 * only the series it asks for. Built once per dataset and cached.
 */
export type DatasetIndex = {
  dataset: Dataset;
  indicatorsById: Map<string, Indicator>;
  unitIds: Set<string>;
  initiativeIds: Set<string>;
  series: Map<string, Map<string, Observation[]>>;
  firstMonth: string | null;
  lastMonth: string | null;
};

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const series = new Map<string, Map<string, Observation[]>>();
  let firstMonth: string | null = null;
  let lastMonth: string | null = null;
  for (const observation of dataset.observations) {
    let byUnit = series.get(observation.indicatorId);
    if (!byUnit) {
      byUnit = new Map();
      series.set(observation.indicatorId, byUnit);
    }
    let list = byUnit.get(observation.unitId);
    if (!list) {
      list = [];
      byUnit.set(observation.unitId, list);
    }
    list.push(observation);
    if (firstMonth === null || observation.period < firstMonth) firstMonth = observation.period;
    if (lastMonth === null || observation.period > lastMonth) lastMonth = observation.period;
  }
  for (const byUnit of series.values()) {
    for (const list of byUnit.values())
      list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  }
  const index: DatasetIndex = {
    dataset,
    indicatorsById: new Map(dataset.indicators.map((indicator) => [indicator.id, indicator])),
    unitIds: new Set(dataset.units.map((unit) => unit.id)),
    initiativeIds: new Set(dataset.initiatives.map((initiative) => initiative.id)),
    series,
    firstMonth,
    lastMonth,
  };
  cache.set(dataset, index);
  return index;
}

/** The first position in a period-sorted list whose period is not before `period`. */
export function lowerBound(list: Observation[], period: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.period ?? '') < period) low = middle + 1;
    else high = middle;
  }
  return low;
}
