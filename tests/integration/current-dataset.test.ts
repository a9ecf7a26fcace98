import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDataset, server } from '@mocks/node';
import { fetchCurrentDataset } from '@/features/import/current-dataset';
import { getJson } from '@/lib/api-client';
import { observationsResponseSchema } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';

const keyOf = (observation: Observation) =>
  `${observation.indicatorId}|${observation.unitId}|${observation.period}`;

describe('fetchCurrentDataset', () => {
  const units: string[][] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/observations'))
      units.push(url.searchParams.getAll('unit').flatMap((value) => value.split(',')));
  };
  beforeEach(() => {
    units.length = 0;
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });

  it('reads every observation of every reporting unit, a few units per request', async () => {
    const dataset = await fetchCurrentDataset();
    const reporting = sampleDataset.units.filter((unit) => unit.level !== 'region');
    const perRequest = Math.max(4, Math.ceil(reporting.length / 8));
    // More than one request, at most eight; together they ask for each unit once.
    expect(units.length).toBe(Math.ceil(reporting.length / perRequest));
    expect(units.length).toBeGreaterThan(1);
    expect(units.length).toBeLessThanOrEqual(8);
    expect(units.every((asked) => asked.length > 0 && asked.length <= perRequest)).toBe(true);
    expect(units.flat().sort()).toEqual(reporting.map((unit) => unit.id).sort());
    const expected = sampleDataset.observations.filter((observation) =>
      reporting.some((unit) => unit.id === observation.unitId),
    );
    expect(dataset.observations.map(keyOf).sort()).toEqual(expected.map(keyOf).sort());
    const byKey = new Map(expected.map((observation) => [keyOf(observation), observation]));
    for (const observation of dataset.observations)
      expect(observation.value).toBe(byKey.get(keyOf(observation))?.value);
    expect(dataset.units).toEqual(sampleDataset.units);
  });

  it('lists the observations in the order one request for every unit gives', async () => {
    const dataset = await fetchCurrentDataset();
    const reporting = sampleDataset.units.filter((unit) => unit.level !== 'region');
    const single = await getJson('/observations', observationsResponseSchema, {
      params: { unit: reporting.map((unit) => unit.id) },
    });
    expect(dataset.observations.map(keyOf)).toEqual(
      single.points
        .filter((point) => point.unitId !== 'all')
        .map((point) => keyOf({ ...point, unitId: point.unitId })),
    );
  });
});
