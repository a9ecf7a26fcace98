import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDataset, server } from '@mocks/node';
import { fetchCurrentDataset } from '@/features/import/current-dataset';
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
    // Each request asks for at most four units; together they ask for each unit once.
    expect(units.length).toBe(Math.ceil(reporting.length / 4));
    expect(units.every((asked) => asked.length > 0 && asked.length <= 4)).toBe(true);
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
});
