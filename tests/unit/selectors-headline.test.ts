import { describe, expect, it } from 'vitest';
import { headlineOf } from '@/features/charts/selectors/headline';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';

const rate: Indicator = {
  id: 'rate',
  initiativeId: 'case-resolution',
  name: '积案化解率',
  nameEn: 'Backlog resolution rate',
  unit: '%',
  definition: '口径',
  definitionEn: 'Definition',
  direction: 'higher-better',
  kind: 'rate',
  accumulation: 'level',
  rollup: { method: 'mean' },
  targets: [
    { value: 30, due: '2023-12', unitId: null },
    { value: 55, due: '2024-06', unitId: null },
  ],
};
const combined = (period: string, value: number | null, indicatorId = 'rate'): SeriesPoint => ({
  indicatorId,
  unitId: 'all',
  period,
  value,
});

describe('headlineOf', () => {
  it('gives the last value with the period before (环比) and a year earlier (同比)', () => {
    const points = [
      combined('2023-06', 7.3),
      combined('2024-04', 52),
      combined('2024-05', 53.9),
      combined('2024-06', 56.2),
      // Another unit's or another indicator's figures do not count.
      { ...combined('2024-06', 99), unitId: 'ordos' },
      combined('2024-06', 1, 'other'),
    ];
    const headline = headlineOf(points, rate, ['2024-04', '2024-05', '2024-06']);
    expect(headline).toMatchObject({
      period: '2024-06',
      value: 56.2,
      previous: 53.9,
      yearAgo: 7.3,
      target: 55,
      tone: 'better',
    });
    expect(headline.sparkline).toEqual([
      { period: '2024-04', value: 52 },
      { period: '2024-05', value: 53.9 },
      { period: '2024-06', value: 56.2 },
    ]);
  });

  it('falls back to the last period that has a value when the range ends in a gap', () => {
    const points = [combined('2024-04', 52), combined('2024-05', 53.9), combined('2024-06', null)];
    const headline = headlineOf(points, rate, ['2024-04', '2024-05', '2024-06']);
    expect(headline).toMatchObject({ period: '2024-05', value: 53.9, previous: 52, target: 30 });
    expect(headline.tone).toBe('better');
    // The gap stays a gap in the sparkline.
    expect(headline.sparkline.at(-1)).toEqual({ period: '2024-06', value: null });
  });

  it('has no comparison where the earlier figure is missing', () => {
    const headline = headlineOf([combined('2024-06', 56.2)], rate, ['2024-06']);
    expect(headline).toMatchObject({ value: 56.2, previous: null, yearAgo: null });
  });

  it('works by quarter: the quarter before and the same quarter a year earlier', () => {
    const points = [combined('2023-Q1', 10), combined('2023-Q4', 41.7), combined('2024-Q1', 61.2)];
    expect(headlineOf(points, rate, ['2024-Q1'])).toMatchObject({
      period: '2024-Q1',
      value: 61.2,
      previous: 41.7,
      yearAgo: 10,
      target: 30,
    });
  });

  it('is empty and neutral when the range has no value at all', () => {
    const headline = headlineOf([combined('2024-06', null)], rate, ['2024-05', '2024-06']);
    expect(headline).toMatchObject({
      period: null,
      value: null,
      previous: null,
      yearAgo: null,
      target: null,
      tone: 'neutral',
    });
  });
});
