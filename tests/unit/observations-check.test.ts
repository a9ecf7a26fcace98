import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFewUnitsDataset, generateManyUnitsDataset } from '@mocks/data/variant-datasets';
import { sampleDataset } from '@mocks/node';
import { answerRequest } from '@/lib/query-engine/answer-request';
import { indexDataset } from '@/lib/query-engine/dataset-index';
import type { Dataset } from '@/schemas/api';
import { observationsResponseSchema, seriesPointSchema } from '@/schemas/api';
import { checkObservationsResponse } from '@/schemas/observations-check';

// checkObservationsResponse must give what observationsResponseSchema.safeParse gives, for every
// input: the same verdict, the same data, and on failure the schema's own issues.

/** Real answers of GET /observations from the query engine, as the client receives them (JSON). */
function answersOf(dataset: Dataset): unknown[] {
  const index = indexDataset(dataset);
  const indicators = dataset.indicators.map((indicator) => indicator.id);
  const queries: Record<string, string>[] = [
    { indicator: indicators.join(',') },
    { indicator: indicators.slice(6, 14).join(','), aggregate: 'true' },
    { indicator: indicators.join(','), granularity: 'quarter' },
    { indicator: indicators.join(','), granularity: 'quarter', aggregate: 'true' },
  ];
  return queries.map((query) => {
    const answer = answerRequest(index, '/observations', new URLSearchParams(query));
    expect(answer.status).toBe(200);
    return JSON.parse(JSON.stringify(answer.body)) as unknown;
  });
}

const datasets = {
  sample: sampleDataset,
  'few units, a late report and revisions': generateFewUnitsDataset(),
  'dozens of units, hostile names and huge values': generateManyUnitsDataset(),
};

function expectSameResult(input: unknown) {
  const expected = observationsResponseSchema.safeParse(input);
  const actual = checkObservationsResponse(input);
  expect(actual.success).toBe(expected.success);
  if (expected.success) expect(actual.data).toStrictEqual(expected.data);
  else expect(actual.error?.issues).toStrictEqual(expected.error.issues);
}

describe('checkObservationsResponse', () => {
  it.each(Object.entries(datasets))(
    'accepts the engine’s answers as the schema does (%s)',
    (_, dataset) => {
      for (const answer of answersOf(dataset)) expectSameResult(answer);
    },
  );

  it('meets points beyond the usual shape in those answers (revisions), which take the schema', () => {
    const text = JSON.stringify(Object.values(datasets).flatMap(answersOf));
    expect(text.includes('"revisedAt":')).toBe(true);
    expect(text.includes('"previousValue":')).toBe(true);
  });

  it('keeps a usual point as it is, without copying it (the quick path is taken)', () => {
    const point = {
      indicatorId: 'backlog-resolved',
      unitId: 'baotou',
      period: '2024-06',
      value: 12,
    };
    const result = checkObservationsResponse({
      granularity: 'month',
      aggregate: false,
      points: [point],
    });
    expect(result.success && result.data.points[0]).toBe(point);
    // The schema's own parse copies it: the two paths are told apart by this.
    const parsed = observationsResponseSchema.safeParse({
      granularity: 'month',
      aggregate: false,
      points: [point],
    });
    expect(parsed.success && parsed.data.points[0]).not.toBe(point);
  });

  it('drops unknown keys at the top as the schema does', () => {
    expectSameResult({ granularity: 'month', aggregate: true, points: [], extra: 'dropped' });
  });

  // Every field of a point given a wrong, odd or borderline value, one at a time, in real answers.
  const oddValues: unknown[] = [
    undefined,
    null,
    '',
    'Baotou',
    'all',
    'a--b',
    'x'.repeat(81),
    'x'.repeat(80),
    '2024-13',
    '2024-00',
    '2024-6',
    '2024-Q5',
    '2024-Q4',
    ' 2024-06',
    '2024-06\n',
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    'true',
    [],
    {},
    ['2024-06'],
    '2024-06-31',
    '2024-02-29',
    'x'.repeat(301),
  ];
  // Every field the schema knows, and one it does not.
  const fields = [...Object.keys(seriesPointSchema.shape), 'unknownKey'];
  // A real answer cut to 200 points, revisions among them, so that each run copies little.
  const whole = answersOf(datasets['few units, a late report and revisions'])[0] as {
    points: Record<string, unknown>[];
  };
  const revised = whole.points.filter((point) => 'revisedAt' in point);
  const base = { ...whole, points: [...revised, ...whole.points.slice(0, 200 - revised.length)] };

  it('gives the same verdict, data and issues for any one field made odd', () => {
    fc.assert(
      fc.property(
        fc.nat(base.points.length - 1),
        fc.constantFrom(...fields),
        fc.constantFrom(...oddValues),
        fc.boolean(),
        (at, field, value, remove) => {
          const points = base.points.map((point) => ({ ...point }));
          const point = points[at] as Record<string, unknown>;
          if (remove) delete point[field];
          else point[field] = value;
          expectSameResult({ ...base, points });
        },
      ),
      { numRuns: 600 },
    );
  });

  it('gives the same verdict for points that are not objects, and for broken outer shapes', () => {
    const good = base.points[0];
    for (const odd of [null, 1, 'point', [good], Object.create(null) as object, new Date(0)])
      expectSameResult({ granularity: 'month', aggregate: false, points: [good, odd] });
    const withPrototype = Object.assign(Object.create({ inherited: 1 }) as object, good);
    expectSameResult({ granularity: 'month', aggregate: false, points: [withPrototype] });
    for (const odd of [
      null,
      [],
      'x',
      { granularity: 'week', aggregate: false, points: [] },
      { granularity: 'month', aggregate: 'false', points: [] },
      { granularity: 'month', aggregate: false, points: {} },
      { granularity: 'month', aggregate: false },
    ])
      expectSameResult(odd);
  });
});
