import { describe, expect, it } from 'vitest';
import { sparklineShape } from '@/features/charts/sparkline';

const series = (...values: Array<number | null>) =>
  values.map((value, index) => ({ period: `2024-${String(index + 1).padStart(2, '0')}`, value }));

describe('sparklineShape', () => {
  it('spreads the periods across the box and puts 0 at the foot, the highest value at the top', () => {
    const { paths, dots } = sparklineShape(series(0, 50, 100));
    expect(paths).toEqual(['M0,36L50,20L100,4']);
    expect(dots).toEqual([]);
  });

  it('breaks the line at a gap and keeps a lone reported period as a dot', () => {
    const { paths, dots } = sparklineShape(series(10, 20, null, 30, null, 40, 40));
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^M0,[\d.]+L16\.67,[\d.]+$/);
    expect(paths[1]).toMatch(/^M83\.33,4L100,4$/);
    expect(dots).toEqual([{ x: 50, y: expect.closeTo(36 - (30 / 40) * 32, 2) as number }]);
  });

  it('draws negative values below the zero line and survives a flat or empty series', () => {
    const { paths } = sparklineShape(series(-10, 10));
    expect(paths).toEqual(['M0,36L100,4']);
    expect(sparklineShape(series(5, 5)).paths).toEqual(['M0,4L100,4']);
    expect(sparklineShape(series(0, 0)).paths).toEqual(['M0,36L100,36']);
    expect(sparklineShape(series(null, null))).toEqual({ paths: [], dots: [] });
    expect(sparklineShape(series(Number.NaN, 3)).dots).toEqual([{ x: 100, y: 4 }]);
  });
});
