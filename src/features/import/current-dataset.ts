import { getJson } from '@/lib/api-client';
import {
  indicatorsResponseSchema,
  initiativesResponseSchema,
  metaResponseSchema,
  narrativeResponseSchema,
  observationsResponseSchema,
  tasksResponseSchema,
  unitsResponseSchema,
  type Dataset,
} from '@/schemas/api';

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
  const observations = await getJson('/observations', observationsResponseSchema, {
    signal,
    params: { unit: reporting },
    timeoutMs: 60_000,
  });
  return {
    meta,
    units: units.units,
    initiatives: initiatives.initiatives,
    indicators: indicators.indicators,
    observations: observations.points.flatMap(({ unitId, reported: _r, expected: _e, ...rest }) =>
      unitId === 'all' ? [] : [{ ...rest, unitId }],
    ),
    tasks: tasks.tasks,
    narrative: narrative.sentences,
  };
}
