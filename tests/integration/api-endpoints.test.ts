import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '@mocks/node';
import { getJson, type QueryParams } from '@/lib/api-client';
import { quarterOf } from '@/lib/periods';
import {
  indicatorsResponseSchema,
  initiativesResponseSchema,
  metaResponseSchema,
  narrativeResponseSchema,
  observationsResponseSchema,
  problemSchema,
  tasksResponseSchema,
  unitsResponseSchema,
  type SeriesPoint,
} from '@/schemas/api';

/** jsdom's origin; the client's default base when VITE_API_BASE_URL is not set. */
const API = 'http://localhost:3000/api/v1';
const dataset = sampleDataset;
const leagueCityIds = dataset.units.filter((unit) => unit.level === 'league-city').map((u) => u.id);

const observations = (params: QueryParams) =>
  getJson('/observations', observationsResponseSchema, { params });

/** The value the dataset holds, looked up independently of the query engine. */
function stored(indicatorId: string, unitId: string, period: string) {
  const found = dataset.observations.find(
    (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === period,
  );
  if (!found) throw new Error(`the sample has no ${indicatorId} for ${unitId} in ${period}`);
  return found.value;
}

function pointAt(points: SeriesPoint[], period: string, unitId = 'all'): SeriesPoint {
  const point = points.find((item) => item.period === period && item.unitId === unitId);
  if (!point) throw new Error(`no point for ${unitId} in ${period}`);
  return point;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function problemFor(path: string) {
  const response = await fetch(`${API}${path}`);
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    problem: problemSchema.parse(await response.json()),
  };
}

describe('every endpoint answers in the shape of its schema', () => {
  it('GET /meta describes the dataset', async () => {
    const meta = await getJson('/meta', metaResponseSchema);
    expect(meta).toEqual(dataset.meta);
    expect(meta.asOf).toBe('2024-06-30');
  });

  it('GET /units lists the region and the 12 units', async () => {
    const { units } = await getJson('/units', unitsResponseSchema);
    const countyIds = dataset.units
      .filter((unit) => unit.level === 'county')
      .map((unit) => unit.id);
    expect(countyIds).toHaveLength(18);
    expect(units.map((unit) => unit.id)).toEqual(['region', ...leagueCityIds, ...countyIds]);
  });

  it('GET /initiatives lists the sections and city brands', async () => {
    const { initiatives } = await getJson('/initiatives', initiativesResponseSchema);
    expect(initiatives).toEqual(dataset.initiatives);
  });

  it('GET /indicators lists the catalogue, and filters it by initiative', async () => {
    const all = await getJson('/indicators', indicatorsResponseSchema);
    expect(all.indicators).toHaveLength(dataset.indicators.length);
    const { indicators } = await getJson('/indicators', indicatorsResponseSchema, {
      params: { initiative: ['case-resolution', 'moral-governance'] },
    });
    const expected = dataset.indicators.filter(
      (item) => item.initiativeId === 'case-resolution' || item.initiativeId === 'moral-governance',
    );
    expect(indicators.map((item) => item.id)).toEqual(expected.map((item) => item.id));
  });

  it('GET /tasks lists the task list', async () => {
    const { tasks } = await getJson('/tasks', tasksResponseSchema);
    expect(tasks).toEqual(dataset.tasks);
  });

  it('GET /narrative gives the report sentences with their bindings', async () => {
    const { sentences } = await getJson('/narrative', narrativeResponseSchema);
    expect(sentences.map((item) => item.id)).toEqual(dataset.narrative.map((item) => item.id));
  });

  it('GET /observations without filters gives every series of the 12 units by month', async () => {
    const response = await observations({});
    expect(response.granularity).toBe('month');
    expect(response.aggregate).toBe(false);
    // The 盟市 level: their counties are asked for with parent= or unit=.
    expect(response.points).toHaveLength(
      dataset.observations.filter((item) => leagueCityIds.includes(item.unitId)).length,
    );
    expect(response.points.some((point) => point.unitId === 'region')).toBe(false);
  });
});

describe('GET /observations filters', () => {
  it('by unit and indicator, returning the stored values', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolved',
      unit: ['ordos', 'alxa'],
    });
    expect(new Set(points.map((point) => point.unitId))).toEqual(new Set(['ordos', 'alxa']));
    expect(new Set(points.map((point) => point.indicatorId))).toEqual(
      new Set(['backlog-resolved']),
    );
    for (const point of points) {
      expect(point.value).toBe(stored(point.indicatorId, point.unitId, point.period));
    }
  });

  it('accepts repeated parameters as well as comma-separated lists', async () => {
    const response = await fetch(
      `${API}/observations?indicator=backlog-resolved&unit=ordos&unit=alxa&from=2024-06`,
    );
    const { points } = observationsResponseSchema.parse(await response.json());
    expect(points.map((point) => point.unitId).sort()).toEqual(['alxa', 'ordos']);
  });

  it('by initiative, keeping only its indicators', async () => {
    const { points } = await observations({ initiative: 'dispute-diversion', unit: 'ordos' });
    const expected = dataset.indicators
      .filter((item) => item.initiativeId === 'dispute-diversion')
      .map((item) => item.id);
    expect([...new Set(points.map((point) => point.indicatorId))].sort()).toEqual(expected.sort());
  });

  it('by initiative and indicator together: both must hold', async () => {
    const { points } = await observations({
      initiative: 'research',
      indicator: ['backlog-resolved', 'research-topics'],
    });
    expect(new Set(points.map((point) => point.indicatorId))).toEqual(new Set(['research-topics']));
  });

  it('by month range, both ends included', async () => {
    const { points } = await observations({
      indicator: 'first-petition-rate',
      from: '2023-11',
      to: '2024-02',
    });
    expect([...new Set(points.map((point) => point.period))].sort()).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(points).toHaveLength(4 * 12);
  });

  it('with only one end of the range', async () => {
    const { points } = await observations({ indicator: 'first-petition-rate', from: '2024-05' });
    expect([...new Set(points.map((point) => point.period))].sort()).toEqual([
      '2024-05',
      '2024-06',
    ]);
  });

  it('keeps a gap as null, with its note, and marks a revised figure', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolved',
      unit: ['ulanqab', 'tongliao'],
      from: '2024-02',
      to: '2024-03',
    });
    const gap = pointAt(points, '2024-03', 'ulanqab');
    expect(gap.value).toBeNull();
    expect(gap.note).toBe('未按时报送');
    const revised = pointAt(points, '2024-02', 'tongliao');
    expect(revised.revised).toBe(true);
    expect(revised.value).toBe(stored('backlog-resolved', 'tongliao', '2024-02'));
  });
});

describe('GET /observations?granularity=quarter', () => {
  it('sums a per-period indicator over the quarter', async () => {
    const { granularity, points } = await observations({
      indicator: 'disputes-diverted',
      unit: 'ordos',
      granularity: 'quarter',
    });
    expect(granularity).toBe('quarter');
    const expected =
      (stored('disputes-diverted', 'ordos', '2023-01') ?? 0) +
      (stored('disputes-diverted', 'ordos', '2023-02') ?? 0) +
      (stored('disputes-diverted', 'ordos', '2023-03') ?? 0);
    expect(pointAt(points, '2023-Q1', 'ordos').value).toBeCloseTo(expected, 6);
    expect(points.map((point) => point.period)).toContain('2024-Q2');
    expect(points).toHaveLength(10);
  });

  it('sums the reported months of a quarter with a gap, and says how many are missing', async () => {
    const { points } = await observations({
      indicator: 'disputes-diverted',
      unit: 'alxa',
      granularity: 'quarter',
    });
    const quarter = pointAt(points, '2023-Q3', 'alxa');
    expect(quarter.value).toBeCloseTo(
      (stored('disputes-diverted', 'alxa', '2023-07') ?? 0) +
        (stored('disputes-diverted', 'alxa', '2023-09') ?? 0),
      6,
    );
    expect(quarter.note).toBe('1个月缺报');
  });

  it('takes the last month of a level and of a total to date', async () => {
    const { points } = await observations({
      indicator: ['backlog-assigned', 'backlog-resolved'],
      unit: 'hohhot',
      granularity: 'quarter',
    });
    const at = (indicatorId: string, period: string) =>
      points.find((point) => point.indicatorId === indicatorId && point.period === period)?.value;
    expect(at('backlog-assigned', '2023-Q4')).toBe(stored('backlog-assigned', 'hohhot', '2023-12'));
    expect(at('backlog-resolved', '2024-Q1')).toBe(stored('backlog-resolved', 'hohhot', '2024-03'));
    expect(at('backlog-resolved', '2024-Q2')).toBe(stored('backlog-resolved', 'hohhot', '2024-06'));
  });

  it('reads a total to date at the last reported month when the quarter ends in a gap', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolved',
      unit: 'ulanqab',
      granularity: 'quarter',
    });
    expect(pointAt(points, '2024-Q1', 'ulanqab').value).toBe(
      stored('backlog-resolved', 'ulanqab', '2024-02'),
    );
  });

  it('keeps a quarter to the months of the range, and says which months it holds', async () => {
    const { points } = await observations({
      indicator: ['disputes-diverted', 'backlog-resolved'],
      unit: 'ordos',
      granularity: 'quarter',
      from: '2024-02',
      to: '2024-05',
    });
    const at = (indicatorId: string, period: string) =>
      points.find((point) => point.indicatorId === indicatorId && point.period === period);
    expect(points.map((point) => point.period)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q1',
      '2024-Q2',
    ]);
    // With to=2024-05, the second quarter is April and May, never June.
    expect(at('disputes-diverted', '2024-Q1')?.months).toEqual(['2024-02', '2024-03']);
    expect(at('disputes-diverted', '2024-Q2')?.months).toEqual(['2024-04', '2024-05']);
    expect(at('disputes-diverted', '2024-Q1')?.value).toBeCloseTo(
      sum(['2024-02', '2024-03'].map((month) => stored('disputes-diverted', 'ordos', month) ?? 0)),
      6,
    );
    expect(at('backlog-resolved', '2024-Q2')?.value).toBe(
      stored('backlog-resolved', 'ordos', '2024-05'),
    );
  });

  it('marks a quarter with a month not reported as incomplete, per unit and combined', async () => {
    const perUnit = await observations({
      indicator: 'backlog-resolved',
      unit: 'ulanqab',
      granularity: 'quarter',
    });
    expect(pointAt(perUnit.points, '2024-Q1', 'ulanqab').incomplete).toBe(true);
    expect(pointAt(perUnit.points, '2023-Q4', 'ulanqab').incomplete).toBeUndefined();
    const combined = await observations({
      indicator: 'disputes-diverted',
      granularity: 'quarter',
      aggregate: true,
    });
    const third = pointAt(combined.points, '2023-Q3', 'all');
    expect(third).toMatchObject({ incomplete: true, reported: 11, expected: 12 });
    expect(third.months).toEqual(['2023-07', '2023-08', '2023-09']);
  });

  it('passes a revision’s earlier figure and date on with the month', async () => {
    const { points } = await observations({ indicator: 'backlog-resolved', unit: 'tongliao' });
    const revised = pointAt(points, '2024-02', 'tongliao');
    expect(revised).toMatchObject({ revised: true, revisedAt: '2024-04-15' });
    expect(revised.previousValue).toBe((revised.value ?? 0) + 6);
  });

  it('carries a revision in any month of the quarter to the quarter', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolved',
      unit: 'tongliao',
      granularity: 'quarter',
    });
    expect(pointAt(points, '2024-Q1', 'tongliao').revised).toBe(true);
    expect(pointAt(points, '2024-Q2', 'tongliao').revised).toBeUndefined();
  });
});

describe('GET /observations?aggregate=true', () => {
  const unitValues = (indicatorId: string, period: string, unitIds = leagueCityIds) =>
    unitIds.map((unitId) => stored(indicatorId, unitId, period));

  it('sums counts across the 12 units into one "all" series', async () => {
    const { aggregate, points } = await observations({
      indicator: 'backlog-resolved',
      aggregate: true,
    });
    expect(aggregate).toBe(true);
    expect(new Set(points.map((point) => point.unitId))).toEqual(new Set(['all']));
    const may = pointAt(points, '2024-05');
    expect(may.value).toBe(sum(unitValues('backlog-resolved', '2024-05') as number[]));
    expect(may.reported).toBe(12);
    expect(may.expected).toBe(12);
    // June: one unit's report is late; the sum is of the 11 that reported, and says so.
    const june = pointAt(points, '2024-06');
    const reported = unitValues('backlog-resolved', '2024-06').filter(
      (value): value is number => value !== null,
    );
    expect(reported).toHaveLength(11);
    expect(june.value).toBe(sum(reported));
    expect(june.reported).toBe(11);
    expect(june.expected).toBe(12);
  });

  it('averages means', async () => {
    const { points } = await observations({
      indicator: 'first-petition-rate',
      aggregate: true,
      from: '2024-06',
    });
    const values = unitValues('first-petition-rate', '2024-06') as number[];
    expect(pointAt(points, '2024-06').value).toBeCloseTo(sum(values) / values.length, 6);
  });

  it('recomputes the resolution rate from resolved and assigned counts, not by averaging', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolution-rate',
      aggregate: true,
      from: '2024-06',
    });
    const resolved = sum(unitValues('backlog-resolved', '2024-06') as number[]);
    const assigned = sum(unitValues('backlog-assigned', '2024-06') as number[]);
    const rates = unitValues('backlog-resolution-rate', '2024-06') as number[];
    const value = pointAt(points, '2024-06').value;
    expect(value).toBeCloseTo((resolved / assigned) * 100, 6);
    expect(value).not.toBeCloseTo(sum(rates) / rates.length, 2);
  });

  it('combines only the selected units', async () => {
    const selected = ['hohhot', 'baotou', 'alxa'];
    const { points } = await observations({
      indicator: 'backlog-assigned',
      unit: selected,
      aggregate: true,
      from: '2024-06',
    });
    expect(points).toHaveLength(1);
    expect(pointAt(points, '2024-06')).toMatchObject({
      value: sum(unitValues('backlog-assigned', '2024-06', selected) as number[]),
      reported: 3,
      expected: 3,
    });
  });

  it('leaves a unit with a gap out, and says so with reported < expected', async () => {
    const { points } = await observations({
      indicator: ['backlog-resolved', 'backlog-resolution-rate'],
      aggregate: true,
      from: '2024-03',
      to: '2024-03',
    });
    const others = leagueCityIds.filter((unitId) => unitId !== 'ulanqab');
    const resolved = points.find((point) => point.indicatorId === 'backlog-resolved');
    expect(resolved).toMatchObject({ reported: 11, expected: 12 });
    expect(resolved?.value).toBe(
      sum(unitValues('backlog-resolved', '2024-03', others) as number[]),
    );
    const rate = points.find((point) => point.indicatorId === 'backlog-resolution-rate');
    expect(rate).toMatchObject({ reported: 11, expected: 12 });
    const othersResolved = sum(unitValues('backlog-resolved', '2024-03', others) as number[]);
    const othersAssigned = sum(unitValues('backlog-assigned', '2024-03', others) as number[]);
    expect(rate?.value).toBeCloseTo((othersResolved / othersAssigned) * 100, 6);
  });

  it('gives null, never zero, when no selected unit reported', async () => {
    const { points } = await observations({
      indicator: 'backlog-resolved',
      unit: 'ulanqab',
      aggregate: true,
      from: '2024-03',
      to: '2024-03',
    });
    expect(points).toEqual([
      {
        indicatorId: 'backlog-resolved',
        unitId: 'all',
        period: '2024-03',
        value: null,
        reported: 0,
        expected: 1,
      },
    ]);
  });

  it('counts only the units that carry a city brand indicator as expected', async () => {
    const { points } = await observations({
      indicator: 'power-items-listed',
      aggregate: true,
      from: '2024-06',
    });
    expect(pointAt(points, '2024-06')).toMatchObject({ value: 6246, reported: 1, expected: 1 });
  });

  it('sums a per-period indicator over units and months of a quarter', async () => {
    const { points } = await observations({
      indicator: 'disputes-diverted',
      aggregate: true,
      granularity: 'quarter',
      from: '2024-04',
      to: '2024-06',
    });
    const months = ['2024-04', '2024-05', '2024-06'];
    const expected = sum(
      months.flatMap((month) => unitValues('disputes-diverted', month) as number[]),
    );
    expect(points).toHaveLength(1);
    expect(pointAt(points, quarterOf('2024-05')).value).toBeCloseTo(expected, 6);
  });

  it('does not count a unit whose quarter misses a month as reported, and says so', async () => {
    // Alxa did not report disputes diverted for 2023-08.
    const { points } = await observations({
      indicator: 'disputes-diverted',
      aggregate: true,
      granularity: 'quarter',
      from: '2023-07',
      to: '2023-09',
    });
    const quarter = pointAt(points, '2023-Q3');
    expect(quarter.reported).toBe(11);
    expect(quarter.expected).toBe(12);
    expect(quarter.note).toBe('1个盟市有月份缺报');
    const reportedMonths = ['2023-07', '2023-08', '2023-09'].flatMap(
      (month) =>
        unitValues('disputes-diverted', month).filter((value) => value !== null) as number[],
    );
    expect(quarter.value).toBeCloseTo(sum(reportedMonths), 6);
  });
});

describe('bad parameters get a 400 problem, never a 500', () => {
  it.each([
    ['/observations?unit=atlantis', 'unit: unknown unit "atlantis"'],
    ['/observations?indicator=gdp', 'indicator: unknown indicator "gdp"'],
    ['/observations?initiative=space', 'initiative: unknown initiative "space"'],
    ['/observations?from=2024-06&to=2024-01', 'from: the range is inverted'],
    ['/observations?from=2024-6', 'from: expected a month as YYYY-MM, got "2024-6"'],
    ['/observations?to=2024-13', 'to: expected a month as YYYY-MM, got "2024-13"'],
    ['/observations?granularity=week', 'granularity: expected month or quarter, got "week"'],
    ['/observations?aggregate=yes', 'aggregate: expected true or false, got "yes"'],
    ['/tasks?status=cancelled', 'status: expected one of not-started, in-progress'],
    ['/tasks?unit=atlantis', 'unit: unknown unit "atlantis"'],
    ['/tasks?initiative=space', 'initiative: unknown initiative "space"'],
    ['/indicators?initiative=space', 'initiative: unknown initiative "space"'],
  ])('%s', async (path, detail) => {
    const { status, contentType, problem } = await problemFor(path);
    expect(status).toBe(400);
    expect(contentType).toBe('application/problem+json');
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Bad request');
    expect(problem.detail).toContain(detail);
  });

  it('reports every mistake at once, each under its parameter name', async () => {
    const { problem } = await problemFor(
      '/observations?unit=atlantis&from=2024-13&granularity=week',
    );
    expect(problem.invalidParams?.map((param) => param.name)).toEqual([
      'unit',
      'from',
      'granularity',
    ]);
  });

  it('treats empty parameters as absent', async () => {
    const response = await fetch(`${API}/observations?indicator=hero-squads&unit=,&from=&to=`);
    expect(response.status).toBe(200);
    const { points } = observationsResponseSchema.parse(await response.json());
    expect(points.length).toBeGreaterThan(0);
  });

  it('answers any query string with 200 or 400', async () => {
    const names = ['unit', 'indicator', 'initiative', 'from', 'to', 'granularity', 'aggregate'];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...names), fc.string({ maxLength: 12 }), { maxKeys: 4 }),
        async (query) => {
          const response = await fetch(`${API}/observations?${new URLSearchParams(query)}`);
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('unknown endpoints', () => {
  it('answer 404 with a problem naming the path', async () => {
    const { status, contentType, problem } = await problemFor('/reports');
    expect(status).toBe(404);
    expect(contentType).toBe('application/problem+json');
    expect(problem.detail).toBe('no endpoint /api/v1/reports');
  });
});

describe('GET /tasks filters', () => {
  const tasks = (params: QueryParams) => getJson('/tasks', tasksResponseSchema, { params });

  it('by unit, keeping the regional tasks that concern every unit', async () => {
    const result = await tasks({ unit: 'hohhot' });
    const expected = dataset.tasks.filter(
      (task) => task.unitId === 'hohhot' || task.unitId === null,
    );
    expect(result.tasks.map((task) => task.id)).toEqual(expected.map((task) => task.id));
    expect(result.tasks.some((task) => task.unitId === 'hohhot')).toBe(true);
  });

  it('by status and initiative', async () => {
    const result = await tasks({
      status: ['overdue', 'not-started'],
      initiative: 'case-resolution',
    });
    const expected = dataset.tasks.filter(
      (task) =>
        (task.status === 'overdue' || task.status === 'not-started') &&
        task.initiativeId === 'case-resolution',
    );
    expect(result.tasks.map((task) => task.id)).toEqual(expected.map((task) => task.id));
    expect(result.tasks.length).toBeGreaterThan(0);
  });
});
