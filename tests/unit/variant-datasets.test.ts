import { describe, expect, it } from 'vitest';
import {
  FEW_UNITS_LAST_MONTH,
  FEW_UNITS_LATE_UNIT,
  generateFewUnitsDataset,
  generateManyUnitsDataset,
} from '@mocks/data/variant-datasets';
import { datasetSchema } from '@/schemas/api';

const leagueCities = (dataset: ReturnType<typeof generateFewUnitsDataset>) =>
  dataset.units.filter((unit) => unit.level === 'league-city');

describe('the generated variant datasets', () => {
  it.each([
    ['few', generateFewUnitsDataset],
    ['many', generateManyUnitsDataset],
  ])('%s: fits the contract and names only its own units', (_name, generate) => {
    const dataset = generate();
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    const unitIds = new Set(dataset.units.map((unit) => unit.id));
    const referenced = [
      ...dataset.observations.map((item) => item.unitId),
      ...dataset.tasks.flatMap((task) => (task.unitId ? [task.unitId] : [])),
      ...dataset.initiatives.flatMap((item) => (item.ownerUnitId ? [item.ownerUnitId] : [])),
      ...dataset.indicators.flatMap((item) => [
        ...(item.scopeUnitIds ?? []),
        ...item.targets.flatMap((target) => (target.unitId ? [target.unitId] : [])),
      ]),
    ];
    expect(referenced.filter((id) => !unitIds.has(id))).toEqual([]);
    // Nothing of the sample's unit ids or names leaks in, not even in the report's sentences.
    expect(unitIds.has('ordos') || unitIds.has('hohhot')).toBe(false);
    const sentences = dataset.narrative.map((sentence) => `${sentence.text} ${sentence.textEn}`);
    expect(
      sentences.filter((text) => /鄂尔多斯|呼和浩特|包头|Ordos|Hohhot|Baotou/.test(text)),
    ).toEqual([]);
  });

  it('few: five units, a late report in the latest month, a partial last quarter, revisions with the earlier figure', () => {
    const dataset = generateFewUnitsDataset();
    expect(leagueCities(dataset)).toHaveLength(5);
    expect(dataset.meta.lastMonth).toBe(FEW_UNITS_LAST_MONTH);
    const late = dataset.observations.filter(
      (item) => item.unitId === FEW_UNITS_LATE_UNIT && item.period === FEW_UNITS_LAST_MONTH,
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((item) => item.value === null && item.note === '未按时报送')).toBe(true);
    const othersInLatest = dataset.observations.filter(
      (item) => item.unitId !== FEW_UNITS_LATE_UNIT && item.period === FEW_UNITS_LAST_MONTH,
    );
    expect(othersInLatest.some((item) => item.value !== null)).toBe(true);
    const revised = dataset.observations.filter((item) => item.revised);
    expect(revised.length).toBeGreaterThanOrEqual(2);
    for (const item of revised) {
      expect(item.previousValue).not.toBe(item.value);
      expect(item.revisedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('many: forty units with hostile names and values up to about 10^12', () => {
    const dataset = generateManyUnitsDataset();
    const units = leagueCities(dataset);
    expect(units).toHaveLength(40);
    const names = units.map((unit) => unit.name);
    expect(names.some((name) => name.length > 30)).toBe(true);
    expect(names.some((name) => name.startsWith('='))).toBe(true);
    expect(names.some((name) => /[\u0590-\u06ff]/.test(name))).toBe(true);
    expect(names.some((name) => name.includes('<img'))).toBe(true);
    const largest = Math.max(...dataset.observations.map((item) => item.value ?? 0));
    expect(largest).toBeGreaterThan(1e11);
    expect(largest).toBeLessThanOrEqual(1e12);
  });
});
