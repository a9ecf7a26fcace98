import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '@/features/charts/nice-ticks';

/** 1, 2, 2.5 or 5 times a power of ten. */
function isNiceStep(step: number): boolean {
  const exponent = Math.floor(Math.log10(step));
  const mantissa = Number((step / 10 ** exponent).toPrecision(10));
  return [1, 2, 2.5, 5, 10].includes(mantissa);
}

const finite = fc.double({ min: -1e13, max: 1e13, noNaN: true, noDefaultInfinity: true });

describe('niceTicks', () => {
  it('gives nice, evenly spaced ticks that cover the data and include zero when it is spanned', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.integer({ min: 2, max: 10 }),
        fc.boolean(),
        (a, b, maxTicks, includeZero) => {
          const low = Math.min(a, b);
          const high = Math.max(a, b);
          const scale = niceTicks(low, high, { maxTicks, includeZero });
          expect(isNiceStep(scale.step)).toBe(true);
          expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
          // Across zero an axis needs three ticks, whatever it was allowed.
          const spansZero = scale.min < 0 && scale.max > 0;
          expect(scale.ticks.length).toBeLessThanOrEqual(Math.max(maxTicks, spansZero ? 3 : 2));
          expect(scale.ticks[0]).toBe(scale.min);
          expect(scale.ticks.at(-1)).toBe(scale.max);
          expect(scale.min).toBeLessThanOrEqual(low);
          expect(scale.max).toBeGreaterThanOrEqual(high);
          for (const [index, tick] of scale.ticks.entries()) {
            // Every tick is a whole multiple of the step (so the labels are round numbers).
            const multiple = tick / scale.step;
            expect(Math.abs(multiple - Math.round(multiple))).toBeLessThan(1e-6);
            if (index > 0) {
              const gap = tick - (scale.ticks[index - 1] ?? 0);
              expect(Math.abs(gap - scale.step)).toBeLessThanOrEqual(scale.step * 1e-9);
            }
          }
          if ((low < 0 && high > 0) || includeZero) expect(scale.ticks).toContain(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the axes the issue found wrong as round numbers', () => {
    expect(niceTicks(-17.9, 1.8, { maxTicks: 6 }).ticks).toEqual([-20, -15, -10, -5, 0, 5]);
    expect(niceTicks(0, 64.3, { includeZero: true, maxTicks: 6 }).ticks).toEqual([
      0, 20, 40, 60, 80,
    ]);
    expect(niceTicks(0, 1e12, { includeZero: true, maxTicks: 6 }).ticks).toEqual([
      0, 2e11, 4e11, 6e11, 8e11, 1e12,
    ]);
    expect(niceTicks(0, 9, { includeZero: true, maxTicks: 5 }).ticks).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('draws an axis for one value, zero values and no values', () => {
    expect(niceTicks(5, 5, { includeZero: true }).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(Infinity, -Infinity).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
