import { periodsOf } from '@/lib/periods';
import { describe, expect, it } from 'vitest';
import { byUnitAndPeriod, latestReported, trendRows } from '@/features/charts/selectors/series';
import type { SeriesPoint } from '@/schemas/api';

const point = (
  indicatorId: string,
  unitId: string,
  period: string,
  value: number | null,
): SeriesPoint => ({ indicatorId, unitId, period, value });

describe('periodsOf', () => {
  it('lists every month of the range, across a year end', () => {
    expect(periodsOf('2023-11', '2024-02', 'month')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(periodsOf('2024-06', '2024-06', 'month')).toEqual(['2024-06']);
  });

  it('lists each quarter the range touches once, in order', () => {
    expect(periodsOf('2023-11', '2024-04', 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodsOf('2024-01', '2024-03', 'quarter')).toEqual(['2024-Q1']);
  });
});

describe('byUnitAndPeriod', () => {
  it('keys one indicator’s points by unit, then period, ignoring other indicators', () => {
    const points = [
      point('a', 'ordos', '2024-01', 1),
      point('a', 'ordos', '2024-02', null),
      point('a', 'baotou', '2024-01', 3),
      point('b', 'ordos', '2024-01', 99),
    ];
    const result = byUnitAndPeriod(points, 'a');
    expect([...result.keys()]).toEqual(['ordos', 'baotou']);
    expect(result.get('ordos')?.get('2024-01')?.value).toBe(1);
    expect(result.get('ordos')?.get('2024-02')?.value).toBeNull();
    expect(result.get('baotou')?.get('2024-01')?.value).toBe(3);
  });
});

describe('latestReported', () => {
  const points = [
    point('rate', 'ulanqab', '2024-01', 44.1),
    point('rate', 'ulanqab', '2024-02', 48.6),
    point('rate', 'ulanqab', '2024-03', null),
    point('rate', 'ordos', '2024-04', 62.6),
    point('rate', 'ordos', '2024-02', 54),
    point('other', 'ordos', '2024-03', 1),
  ];

  it('is each unit’s last figure in the range; a gap at the end falls back to the one before', () => {
    const latest = latestReported(points, 'rate', ['2024-01', '2024-02', '2024-03']);
    expect(latest.get('ulanqab')).toMatchObject({ period: '2024-02', value: 48.6 });
    expect(latest.get('ordos')).toMatchObject({ period: '2024-02', value: 54 });
  });

  it('ignores figures outside the range, whatever their order', () => {
    const latest = latestReported(points, 'rate', ['2024-03', '2024-04']);
    expect(latest.get('ordos')).toMatchObject({ period: '2024-04', value: 62.6 });
    expect(latest.has('ulanqab')).toBe(false);
  });
});

describe('trendRows', () => {
  const points = [
    point('rate', 'all', '2024-01', 47.5),
    point('rate', 'all', '2024-02', null),
    point('rate', 'all', '2024-03', 61.2),
    point('rate', 'ordos', '2024-01', 50),
    point('count', 'all', '2024-03', 0),
  ];

  it('gives one row per period with a column per series; a gap stays null, a zero stays zero', () => {
    const rows = trendRows(
      points,
      [
        { key: 'rate', indicatorId: 'rate' },
        { key: 'count', indicatorId: 'count' },
      ],
      ['2024-01', '2024-02', '2024-03', '2024-04'],
    );
    expect(rows).toEqual([
      { period: '2024-01', rate: 47.5, count: null },
      { period: '2024-02', rate: null, count: null },
      { period: '2024-03', rate: 61.2, count: 0 },
      { period: '2024-04', rate: null, count: null },
    ]);
  });

  it('reads a unit’s own series when asked, and the combined one by default', () => {
    const rows = trendRows(
      points,
      [
        { key: 'ordos', indicatorId: 'rate', unitId: 'ordos' },
        { key: 'combined', indicatorId: 'rate' },
      ],
      ['2024-01'],
    );
    expect(rows).toEqual([{ period: '2024-01', ordos: 50, combined: 47.5 }]);
  });
});
