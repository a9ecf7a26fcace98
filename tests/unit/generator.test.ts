import { describe, expect, it } from 'vitest';
import { generateLargeDataset } from '@mocks/data/generate-large';
import { DEFAULT_SEED, generateSampleDataset } from '@mocks/data/generate-sample';
import { yearEarlier } from '@/lib/periods';
import { datasetSchema, type Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';

const sample = generateSampleDataset();
const AS_OF_MONTH = '2024-06';

const seriesOf = (dataset: Dataset, indicatorId: string, unitId: string): Observation[] =>
  dataset.observations
    .filter((item) => item.indicatorId === indicatorId && item.unitId === unitId)
    .sort((a, b) => a.period.localeCompare(b.period));

const leagueCityIds = sample.units.filter((unit) => unit.level === 'league-city').map((u) => u.id);

/** The 盟市' values in a month: the published magnitudes are theirs, not their counties'. */
const valuesAt = (dataset: Dataset, indicatorId: string, period: string) => {
  const leagueCities = new Set(
    dataset.units.filter((unit) => unit.level === 'league-city').map((unit) => unit.id),
  );
  return new Map(
    dataset.observations
      .filter(
        (item) =>
          item.indicatorId === indicatorId &&
          item.period === period &&
          leagueCities.has(item.unitId),
      )
      .map((item) => [item.unitId, item.value]),
  );
};

describe('generateSampleDataset', () => {
  it('gives the same dataset for the same seed', () => {
    expect(generateSampleDataset(DEFAULT_SEED)).toEqual(sample);
    expect(generateSampleDataset('another seed')).toEqual(generateSampleDataset('another seed'));
  });

  it('gives different figures for a different seed, with the same shape', () => {
    const other = generateSampleDataset('another seed');
    expect(other.observations).toHaveLength(sample.observations.length);
    const differing = other.observations.filter(
      (item, index) => item.value !== sample.observations[index]?.value,
    );
    expect(differing.length).toBeGreaterThan(sample.observations.length / 2);
  });

  it('passes the dataset schema', () => {
    const result = datasetSchema.safeParse(sample);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is marked as sample data, as of 30 June 2024', () => {
    expect(sample.meta.isSample).toBe(true);
    expect(sample.meta.source).toContain('示例数据');
    expect(sample.meta.asOf).toBe('2024-06-30');
  });

  it('states in its metadata the months its observations span', () => {
    const months = sample.observations.map((item) => item.period).sort();
    expect([sample.meta.firstMonth, sample.meta.lastMonth]).toEqual([months[0], months.at(-1)]);
  });

  it('has the region and the 12 league/city units by their real names', () => {
    expect(sample.units.filter((unit) => unit.level === 'region')).toHaveLength(1);
    const names = sample.units.filter((unit) => unit.level === 'league-city').map((u) => u.name);
    expect(names).toEqual([
      '呼和浩特市',
      '包头市',
      '乌海市',
      '赤峰市',
      '通辽市',
      '鄂尔多斯市',
      '呼伦贝尔市',
      '巴彦淖尔市',
      '乌兰察布市',
      '兴安盟',
      '锡林郭勒盟',
      '阿拉善盟',
    ]);
    const leagues = sample.units.filter((unit) => unit.kind === 'league').map((u) => u.name);
    expect(leagues).toEqual(['兴安盟', '锡林郭勒盟', '阿拉善盟']);
  });

  it('has observations for every indicator in the catalogue', () => {
    const observed = new Set(sample.observations.map((item) => item.indicatorId));
    const missing = sample.indicators.filter((indicator) => !observed.has(indicator.id));
    expect(missing.map((indicator) => indicator.id)).toEqual([]);
  });

  it('refers only to known indicators and units, one observation per indicator, unit and month', () => {
    const indicatorIds = new Set(sample.indicators.map((indicator) => indicator.id));
    const unitIds = new Set(sample.units.map((unit) => unit.id));
    const keys = new Set<string>();
    for (const item of sample.observations) {
      expect(indicatorIds.has(item.indicatorId)).toBe(true);
      expect(unitIds.has(item.unitId)).toBe(true);
      keys.add(`${item.indicatorId}|${item.unitId}|${item.period}`);
    }
    expect(keys.size).toBe(sample.observations.length);
  });

  it('covers at least 24 months up to the as-of month', () => {
    const months = [...new Set(sample.observations.map((item) => item.period))].sort();
    expect(months.length).toBeGreaterThanOrEqual(24);
    expect(months.at(-1)).toBe(AS_OF_MONTH);
  });

  it('gives every league/city unit the backlog campaign figures', () => {
    const units = new Set(
      sample.observations
        .filter((item) => item.indicatorId === 'backlog-resolution-rate')
        .map((item) => item.unitId),
    );
    expect(leagueCityIds.filter((unitId) => !units.has(unitId))).toEqual([]);
  });
});

describe('the sample stays within the published magnitudes', () => {
  it('keeps resolution rates within 0–100 %, and between 30 and 85 % at the as-of month', () => {
    const rates = sample.observations.filter(
      (item) => item.indicatorId === 'backlog-resolution-rate',
    );
    for (const item of rates) {
      if (item.value === null) continue;
      expect(item.value).toBeGreaterThanOrEqual(0);
      expect(item.value).toBeLessThanOrEqual(100);
    }
    const latest = valuesAt(sample, 'backlog-resolution-rate', AS_OF_MONTH);
    expect(latest.size).toBe(12);
    // One unit's June report is late (null); the others are within the published range.
    expect([...latest.values()].filter((value) => value === null)).toHaveLength(1);
    for (const value of latest.values()) {
      if (value === null) continue;
      expect(value).toBeGreaterThanOrEqual(30);
      expect(value).toBeLessThanOrEqual(85);
    }
  });

  it('computes each resolution rate from the resolved and assigned counts', () => {
    for (const unitId of leagueCityIds) {
      const assigned = new Map(
        seriesOf(sample, 'backlog-assigned', unitId).map((item) => [item.period, item.value]),
      );
      const resolved = new Map(
        seriesOf(sample, 'backlog-resolved', unitId).map((item) => [item.period, item.value]),
      );
      for (const rate of seriesOf(sample, 'backlog-resolution-rate', unitId)) {
        const top = resolved.get(rate.period);
        const bottom = assigned.get(rate.period);
        if (rate.value === null || top == null || bottom == null) continue;
        // Published with one decimal: off by at most half of the last digit.
        expect(Math.abs(rate.value - (top / bottom) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }
  });

  it('has Ordos divert 3.65万件 disputes in 2022', () => {
    const total2022 = seriesOf(sample, 'disputes-diverted', 'ordos')
      .filter((item) => item.period.startsWith('2022'))
      .reduce((sum, item) => sum + (item.value ?? 0), 0);
    expect(total2022).toBeCloseTo(3.65, 2);
  });

  it('has Ordos new court cases fall 11.2 % year on year by December 2023', () => {
    const december = seriesOf(sample, 'new-court-cases-yoy', 'ordos').find(
      (item) => item.period === '2023-12',
    );
    expect(december?.value).toBeCloseTo(-11.2, 0);
  });

  it('keeps first-petition resolution rates around 90–99 %', () => {
    const rates = sample.observations.filter((item) => item.indicatorId === 'first-petition-rate');
    for (const item of rates) {
      expect(item.value).toBeGreaterThanOrEqual(85);
      expect(item.value).toBeLessThanOrEqual(100);
    }
    for (const value of valuesAt(sample, 'first-petition-rate', AS_OF_MONTH).values()) {
      expect(value).toBeGreaterThanOrEqual(90);
      expect(value).toBeLessThanOrEqual(99);
    }
  });

  it('makes the closure-rate change the closure rate minus the same month a year earlier', () => {
    let compared = 0;
    for (const unitId of leagueCityIds) {
      const closure = new Map(
        seriesOf(sample, 'court-closure-rate', unitId).map((item) => [item.period, item.value]),
      );
      for (const change of seriesOf(sample, 'closure-rate-change', unitId)) {
        const now = closure.get(change.period);
        const before = closure.get(yearEarlier(change.period));
        expect(now).not.toBeUndefined();
        expect(before).not.toBeUndefined();
        if (change.value === null || now == null || before == null) continue;
        expect(change.value).toBeCloseTo(now - before, 5);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(12 * 12);
  });

  it('lists Baotou with about 6,246 city-level power items at the as-of month', () => {
    expect(valuesAt(sample, 'power-items-listed', AS_OF_MONTH).get('baotou')).toBe(6246);
  });
});

describe('the sample has the imperfections of real data', () => {
  it('has a gap: a null value with a note saying why', () => {
    const gaps = sample.observations.filter((item) => item.value === null);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.note).toMatch(/\S/);
  });

  it('has a revised figure with a note, the figure first reported and the date of correction', () => {
    const revised = sample.observations.filter((item) => item.revised === true);
    expect(revised.length).toBeGreaterThan(0);
    for (const item of revised) {
      expect(item.note).toMatch(/更正/);
      expect(typeof item.previousValue).toBe('number');
      expect(item.previousValue).not.toBe(item.value);
      expect(item.revisedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has a late report in the latest month', () => {
    const late = sample.observations.filter(
      (item) => item.period === AS_OF_MONTH && item.value === null,
    );
    expect(late.length).toBeGreaterThan(0);
    for (const item of late) expect(item.note).toBe('未按时报送');
  });

  it('has indicators that are one unit’s, scoped to it and observed only there', () => {
    const scoped = sample.indicators.filter((item) => item.scopeUnitIds !== undefined);
    expect(scoped.map((item) => item.id)).toEqual(
      expect.arrayContaining(['online-items-increase', 'border-villages-covered']),
    );
    for (const indicator of scoped) {
      const units = new Set(
        sample.observations
          .filter((item) => item.indicatorId === indicator.id)
          .map((item) => item.unitId),
      );
      expect([...units]).toEqual(indicator.scopeUnitIds);
    }
  });

  it('gives every cumulative count the month its counting began', () => {
    for (const indicator of sample.indicators.filter(
      (item) => item.accumulation === 'cumulative',
    )) {
      expect(indicator.since, indicator.id).toMatch(/^\d{4}-\d{2}$/);
      const first = sample.observations
        .filter((item) => item.indicatorId === indicator.id)
        .map((item) => item.period)
        .sort()[0];
      expect(first, indicator.id).toBe(indicator.since);
    }
  });

  it('has units below the 55 % milestone of June 2024, and units above it', () => {
    const target = sample.indicators
      .find((indicator) => indicator.id === 'backlog-resolution-rate')
      ?.targets.find((item) => item.due === AS_OF_MONTH);
    expect(target?.value).toBe(55);
    const latest = [...valuesAt(sample, 'backlog-resolution-rate', AS_OF_MONTH).values()];
    expect(latest.filter((value) => value !== null && value < 55).length).toBeGreaterThan(0);
    expect(latest.filter((value) => value !== null && value >= 55).length).toBeGreaterThan(0);
  });

  it('has units without a pilot brand of their own', () => {
    const brandOwners = new Set(
      sample.initiatives.filter((item) => item.brand).map((item) => item.ownerUnitId),
    );
    const withoutBrand = leagueCityIds.filter((unitId) => !brandOwners.has(unitId));
    expect(withoutBrand.length).toBeGreaterThan(0);
    expect(brandOwners.has('hohhot')).toBe(true);
  });

  it('observes a city brand only in the unit that built it', () => {
    for (const indicatorId of ['convention-revision-rate', 'power-items-listed']) {
      const units = new Set(
        sample.observations.filter((item) => item.indicatorId === indicatorId).map((i) => i.unitId),
      );
      expect(units.size).toBe(1);
    }
  });
});

describe('cumulative indicators never decrease', () => {
  const cumulative = sample.indicators.filter((item) => item.accumulation === 'cumulative');

  it.each(cumulative.map((indicator) => [indicator.id]))('%s, per unit, skipping gaps', (id) => {
    const unitIds = new Set(
      sample.observations.filter((item) => item.indicatorId === id).map((item) => item.unitId),
    );
    expect(unitIds.size).toBeGreaterThan(0);
    for (const unitId of unitIds) {
      let previous = Number.NEGATIVE_INFINITY;
      for (const item of seriesOf(sample, id, unitId)) {
        if (item.value === null) continue;
        expect(item.value, `${unitId} ${item.period}`).toBeGreaterThanOrEqual(previous);
        previous = item.value;
      }
    }
  });
});

describe('generateLargeDataset', () => {
  it('makes exactly units × indicators × months observations', () => {
    const dataset = generateLargeDataset({ units: 20, indicators: 10, months: 6 });
    expect(dataset.observations).toHaveLength(20 * 10 * 6);
    expect(dataset.indicators).toHaveLength(10);
    expect(new Set(dataset.observations.map((item) => item.unitId)).size).toBe(20);
    const months = [...new Set(dataset.observations.map((item) => item.period))].sort();
    expect(months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect([dataset.meta.firstMonth, dataset.meta.lastMonth]).toEqual(['2024-01', '2024-06']);
  });

  it('passes the dataset schema, with unique ids, in a small case', () => {
    const dataset = generateLargeDataset({ units: 30, indicators: 40, months: 3 });
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(new Set(dataset.units.map((unit) => unit.id)).size).toBe(dataset.units.length);
    expect(new Set(dataset.indicators.map((item) => item.id)).size).toBe(40);
    const unitIds = new Set(dataset.units.map((unit) => unit.id));
    expect(dataset.observations.every((item) => unitIds.has(item.unitId))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const options = { units: 5, indicators: 4, months: 4, seed: 'fixed' };
    expect(generateLargeDataset(options)).toEqual(generateLargeDataset(options));
  });

  it('makes one million observations for 1,000 units × 40 indicators × 25 months', () => {
    const dataset = generateLargeDataset({ units: 1000, indicators: 40, months: 25 });
    expect(dataset.observations).toHaveLength(1_000_000);
    expect(dataset.observations.at(-1)?.period).toBe('2024-06');
    expect(dataset.observations.every((item) => item !== undefined)).toBe(true);
  });
});
