import { getJson } from '@/lib/api-client';
import {
  indicatorsResponseSchema,
  initiativesResponseSchema,
  metaResponseSchema,
  narrativeResponseSchema,
  tasksResponseSchema,
  unitsResponseSchema,
  type Dataset,
} from '@/schemas/api';
import { observationsResponseCheck } from '@/schemas/observations-check';

const MIN_UNITS_PER_REQUEST = 4;
const MAX_REQUESTS = 8;

/**
 * The dataset the page shows, whole, read through the same API the charts use — so an import builds
 * on exactly what is on screen, whether that is the sample, a published file, an earlier import or a
 * real backend.
 */
export async function fetchCurrentDataset(signal?: AbortSignal): Promise<Dataset> {
  const [meta, units, initiatives, indicators, tasks, narrative] = await Promise.all([
    getJson('/meta', metaResponseSchema, { signal }),
    getJson('/units', unitsResponseSchema, { signal }),
    getJson('/initiatives', initiativesResponseSchema, { signal }),
    getJson('/indicators', indicatorsResponseSchema, { signal }),
    getJson('/tasks', tasksResponseSchema, { signal }),
    getJson('/narrative', narrativeResponseSchema, { signal }),
  ]);
  const reporting = units.units.filter((unit) => unit.level !== 'region').map((unit) => unit.id);
  // A few units per request (at most eight requests), one after another: each response is read and
  // checked in a task of its own, so the page never blocks long on the whole dataset at once.
  const perRequest = Math.max(MIN_UNITS_PER_REQUEST, Math.ceil(reporting.length / MAX_REQUESTS));
  // Kept in the order one request would give (indicator, then unit, then month): an indicator's
  // points from each request follow one another, so an exported file lists each indicator once.
  const byIndicator = new Map<string, Dataset['observations']>();
  for (let start = 0; start < reporting.length; start += perRequest) {
    const response = await getJson('/observations', observationsResponseCheck, {
      signal,
      params: { unit: reporting.slice(start, start + perRequest) },
      timeoutMs: 60_000,
    });
    for (const { unitId, reported: _reported, expected: _expected, ...rest } of response.points) {
      if (unitId === 'all') continue;
      let list = byIndicator.get(rest.indicatorId);
      if (!list) byIndicator.set(rest.indicatorId, (list = []));
      list.push({ ...rest, unitId });
    }
  }
  const observations = [...byIndicator.values()].flat();
  return {
    meta,
    units: units.units,
    initiatives: initiatives.initiatives,
    indicators: indicators.indicators,
    observations,
    tasks: tasks.tasks,
    narrative: narrative.sentences,
  };
}
