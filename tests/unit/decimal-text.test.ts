import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, type SignDisplay } from '@/lib/decimal-text';

// The page's two locales. formatDecimal stands in for Intl.NumberFormat in both; these tests hold
// it to Intl's own output, character for character.
const locales = ['zh-CN', 'en-GB'] as const;

function intl(
  locale: string,
  value: number,
  minDecimals: number,
  maxDecimals: number,
  signDisplay: SignDisplay,
) {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
    signDisplay,
  }).format(value);
}

const signs: SignDisplay[] = ['negative', 'exceptZero'];

describe('formatDecimal', () => {
  it('writes what officials read: grouped thousands, fixed decimals, no sign on a zero', () => {
    expect(formatDecimal(36500, 0, 0)).toBe('36,500');
    expect(formatDecimal(1234567.891, 2, 2)).toBe('1,234,567.89');
    expect(formatDecimal(55.2, 1, 1)).toBe('55.2');
    expect(formatDecimal(55, 1, 1)).toBe('55.0');
    expect(formatDecimal(1.1, 1, 1, 'exceptZero')).toBe('+1.1');
    expect(formatDecimal(-1.1, 1, 1, 'exceptZero')).toBe('-1.1');
    expect(formatDecimal(-0.04, 1, 1)).toBe('0.0');
    expect(formatDecimal(0.04, 1, 1, 'exceptZero')).toBe('0.0');
    expect(formatDecimal(-0, 0, 0)).toBe('0');
    expect(formatDecimal(3.65, 0, 2)).toBe('3.65');
    expect(formatDecimal(3.6, 0, 2)).toBe('3.6');
    expect(formatDecimal(3, 0, 2)).toBe('3');
  });

  it('rounds half away from zero on the shortest decimal, as Intl does (1.005 → 1.01)', () => {
    expect(formatDecimal(1.005, 2, 2)).toBe('1.01');
    expect(formatDecimal(2.675, 2, 2)).toBe('2.68');
    expect(formatDecimal(-0.5, 0, 0)).toBe('-1');
    expect(formatDecimal(999.995, 2, 2)).toBe('1,000.00');
    expect(formatDecimal(9.96, 0, 1)).toBe('10');
  });

  it.each(locales)('agrees with Intl.NumberFormat(%s) on values of every size', (locale) => {
    const edges = [
      0,
      -0,
      1,
      -1,
      0.5,
      1.005,
      2.675,
      999.995,
      9.995,
      0.0049,
      0.05,
      1e-7,
      1.5e-7,
      5e-324,
      1e21,
      123456789012345680000,
      1.7976931348623157e308,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (const value of [...edges, ...edges.map((edge) => -edge)])
      for (const decimals of [0, 1, 2, 3])
        for (const sign of signs) {
          expect(formatDecimal(value, decimals, decimals, sign), `${value}/${decimals}`).toBe(
            intl(locale, value, decimals, decimals, sign),
          );
          expect(formatDecimal(value, 0, decimals, sign), `${value}/≤${decimals}`).toBe(
            intl(locale, value, 0, decimals, sign),
          );
        }
  });

  it.each(locales)('agrees with Intl.NumberFormat(%s) on any double', (locale) => {
    const value = fc.oneof(
      fc.double({ noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      // Values on a rounding boundary: n + 0.5 at some decimal place.
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }))
        .map(([whole, places]) => (whole + 0.5) / 10 ** places),
    );
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...signs),
        (x, a, b, sign) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          expect(formatDecimal(x, min, max, sign)).toBe(intl(locale, x, min, max, sign));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
