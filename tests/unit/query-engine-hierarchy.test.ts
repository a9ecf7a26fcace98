import { describe, expect, it } from 'vitest';
import { generateFewUnitsDataset, generateManyUnitsDataset } from '@mocks/data/variant-datasets';
import { generateSampleDataset } from '@mocks/data/generate-sample';
import { answerRequest } from '@/lib/query-engine/answer-request';
import type { Dataset, ObservationsResponse, Problem } from '@/schemas/api';
import type { Unit } from '@/schemas/unit';

const sample = generateSampleDataset();
const unitsBelow = (parentId: string) => sample.units.filter((unit) => unit.parentId === parentId);
const leagueCityIds = sample.units
  .filter((unit) => unit.level === 'league-city')
  .map((unit) => unit.id);

/** What the dataset stores, read without the query engine. */
function stored(indicatorId: string, unitId: string, period: string) {
  return sample.observations.find(
    (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === period,
  )?.value;
}

const ask = (dataset: Dataset, query: string) => {
  const answer = answerRequest(dataset, '/observations', new URLSearchParams(query));
  return answer as { status: number; body: ObservationsResponse & Problem };
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const periodsOf = (indicatorId: string, unitId: string) =>
  sample.observations
    .filter((item) => item.indicatorId === indicatorId && item.unitId === unitId)
    .map((item) => item.period);

describe('the sample has the counties (旗县市区) of two 盟市', () => {
  it.each([
    [
      'hohhot',
      [
        '新城区',
        '回民区',
        '玉泉区',
        '赛罕区',
        '土默特左旗',
        '托克托县',
        '和林格尔县',
        '清水河县',
        '武川县',
      ],
    ],
    [
      'ordos',
      [
        '东胜区',
        '康巴什区',
        '达拉特旗',
        '准格尔旗',
        '鄂托克前旗',
        '鄂托克旗',
        '杭锦旗',
        '乌审旗',
        '伊金霍洛旗',
      ],
    ],
  ])('%s: its real counties, one level down', (parentId, names) => {
    const counties = unitsBelow(parentId);
    expect(counties.map((unit) => unit.name)).toEqual(names);
    expect(new Set(counties.map((unit: Unit) => unit.level))).toEqual(new Set(['county']));
  });

  it('keeps 12 league/city units, and no county below any other 盟市', () => {
    expect(leagueCityIds).toHaveLength(12);
    const parents = new Set(
      sample.units.filter((unit) => unit.level === 'county').map((unit) => unit.parentId),
    );
    expect([...parents]).toEqual(['hohhot', 'ordos']);
  });

  it.each(['hohhot', 'ordos'])(
    "splits %s's counts: every month its counties add up to the city's figure",
    (parentId) => {
      const counties = unitsBelow(parentId).map((unit) => unit.id);
      const counts = sample.indicators.filter(
        (indicator) => indicator.rollup.method === 'sum' && indicator.scopeUnitIds === undefined,
      );
      let checked = 0;
      for (const indicator of counts) {
        for (const period of periodsOf(indicator.id, parentId)) {
          const city = stored(indicator.id, parentId, period);
          const parts = counties.map((unitId) => stored(indicator.id, unitId, period));
          if (city === null) {
            expect(parts.every((value) => value === null)).toBe(true);
            continue;
          }
          expect(parts.every((value) => typeof value === 'number' && value >= 0)).toBe(true);
          expect(sum(parts as number[])).toBeCloseTo(city as number, 6);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(150);
    },
  );

  it('gives each county a resolution rate of its own counts, never more resolved than assigned', () => {
    for (const county of [...unitsBelow('hohhot'), ...unitsBelow('ordos')]) {
      let previous = 0;
      for (const period of periodsOf('backlog-resolved', county.id)) {
        const resolved = stored('backlog-resolved', county.id, period) as number;
        const assigned = stored('backlog-assigned', county.id, period) as number;
        expect(resolved).toBeLessThanOrEqual(assigned);
        // A total to date never falls.
        expect(resolved).toBeGreaterThanOrEqual(previous);
        previous = resolved;
        const rate = stored('backlog-resolution-rate', county.id, period) as number;
        // Rounded to one decimal, as reported.
        expect(Math.abs(rate - (resolved / assigned) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }
  });

  it('has no counties in the few/many test datasets', () => {
    for (const dataset of [generateFewUnitsDataset(), generateManyUnitsDataset()])
      expect(dataset.units.filter((unit) => unit.level === 'county')).toEqual([]);
  });
});

describe('GET /observations by level: parent', () => {
  it('answers for the league/city level by default: counties are never added to the region', () => {
    const byDefault = ask(
      sample,
      'indicator=backlog-assigned,backlog-resolution-rate&aggregate=true',
    );
    const named = ask(
      sample,
      `indicator=backlog-assigned,backlog-resolution-rate&aggregate=true&unit=${leagueCityIds.join(',')}`,
    );
    expect(byDefault.body.points).toEqual(named.body.points);
    const may = byDefault.body.points.find(
      (point) => point.indicatorId === 'backlog-assigned' && point.period === '2024-05',
    );
    expect(may).toMatchObject({ expected: 12, reported: 12 });
    expect(may?.value).toBe(
      sum(leagueCityIds.map((unitId) => stored('backlog-assigned', unitId, '2024-05') as number)),
    );
  });

  it("gives a 盟市's counties with parent, per unit", () => {
    const { status, body } = ask(sample, 'parent=hohhot&indicator=backlog-resolved&from=2024-06');
    expect(status).toBe(200);
    expect(body.points.map((point) => point.unitId)).toEqual(
      unitsBelow('hohhot').map((unit) => unit.id),
    );
  });

  it("combines the counties into their city's counts, and the rate from the summed counts", () => {
    const { body } = ask(
      sample,
      'parent=hohhot&indicator=backlog-resolved,backlog-resolution-rate&aggregate=true&from=2024-06',
    );
    const [resolved, rate] = body.points;
    expect(resolved).toMatchObject({
      value: stored('backlog-resolved', 'hohhot', '2024-06'),
      expected: 9,
      reported: 9,
    });
    const cityRate =
      ((stored('backlog-resolved', 'hohhot', '2024-06') as number) /
        (stored('backlog-assigned', 'hohhot', '2024-06') as number)) *
      100;
    // Σ resolved ÷ Σ assigned of the counties: the city's own counts, not a mean of county rates.
    expect(rate?.value).toBeCloseTo(cityRate, 5);
    const countyRates = unitsBelow('hohhot').map(
      (unit) => stored('backlog-resolution-rate', unit.id, '2024-06') as number,
    );
    expect(rate?.value).not.toBeCloseTo(sum(countyRates) / countyRates.length, 3);
    // And it agrees with the rate the city reported, to its one decimal.
    expect(rate?.value).toBeCloseTo(
      stored('backlog-resolution-rate', 'hohhot', '2024-06') as number,
      1,
    );
  });

  it('keeps unit and parent together only for units directly below the parent', () => {
    const inside = ask(sample, 'parent=hohhot&unit=hohhot-saihan&indicator=backlog-resolved');
    expect(new Set(inside.body.points.map((point) => point.unitId))).toEqual(
      new Set(['hohhot-saihan']),
    );
    const outside = ask(
      sample,
      'parent=hohhot&unit=ordos-dongsheng,baotou&indicator=backlog-resolved',
    );
    expect(outside.status).toBe(400);
    expect(outside.body.invalidParams).toEqual([
      { name: 'unit', reason: 'not directly below "hohhot": "ordos-dongsheng", "baotou"' },
    ]);
  });

  it('rejects an unknown parent with a 400, and has nothing below a 盟市 without counties', () => {
    const unknown = ask(sample, 'parent=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams).toEqual([
      { name: 'parent', reason: 'unknown unit "atlantis"' },
    ]);
    const childless = ask(sample, 'parent=wuhai&indicator=backlog-resolved');
    expect(childless).toMatchObject({ status: 200, body: { points: [] } });
  });
});
