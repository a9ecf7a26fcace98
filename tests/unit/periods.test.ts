import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  firstMonthOfQuarter,
  lastMonthOfQuarter,
  monthFromIndex,
  monthIndex,
  monthOfDate,
  monthRange,
  previousPeriod,
  quarterOf,
  yearEarlier,
} from '@/lib/periods';

const anyMonth = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

describe('month arithmetic', () => {
  it('crosses year ends in both directions', () => {
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-06', -29)).toBe('2022-01');
    expect(addMonths('2024-06', 0)).toBe('2024-06');
  });

  it('turns a month into an index and back', () => {
    fc.assert(
      fc.property(anyMonth, (month) => {
        expect(monthFromIndex(monthIndex(month))).toBe(month);
      }),
    );
  });

  it('adding n months then subtracting them gives the month back', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -60, max: 60 }), (month, count) => {
        expect(addMonths(addMonths(month, count), -count)).toBe(month);
      }),
    );
  });

  it('orders months the same way as strings', () => {
    fc.assert(
      fc.property(anyMonth, anyMonth, (a, b) => {
        expect(Math.sign(monthIndex(a) - monthIndex(b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});

describe('monthRange', () => {
  it('lists every month, both ends included', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('2024-06', '2024-06')).toEqual(['2024-06']);
  });

  it('is empty for an inverted range', () => {
    expect(monthRange('2024-06', '2024-01')).toEqual([]);
  });

  it('spans the sample’s 30 months', () => {
    expect(monthRange('2022-01', '2024-06')).toHaveLength(30);
  });
});

describe('quarters', () => {
  it.each([
    ['2024-01', '2024-Q1'],
    ['2024-03', '2024-Q1'],
    ['2024-04', '2024-Q2'],
    ['2024-09', '2024-Q3'],
    ['2024-10', '2024-Q4'],
    ['2024-12', '2024-Q4'],
  ])('puts %s in %s', (month, quarter) => {
    expect(quarterOf(month)).toBe(quarter);
  });
});

describe('quarter bounds', () => {
  it.each([
    ['2024-01', '2024-01', '2024-03'],
    ['2024-05', '2024-04', '2024-06'],
    ['2024-09', '2024-07', '2024-09'],
    ['2024-12', '2024-10', '2024-12'],
  ])('%s is in the quarter from %s to %s', (month, first, last) => {
    expect(firstMonthOfQuarter(month)).toBe(first);
    expect(lastMonthOfQuarter(month)).toBe(last);
  });

  it('keeps every month inside its own quarter', () => {
    fc.assert(
      fc.property(anyMonth, (month) => {
        expect(quarterOf(firstMonthOfQuarter(month))).toBe(quarterOf(month));
        expect(quarterOf(lastMonthOfQuarter(month))).toBe(quarterOf(month));
      }),
    );
  });
});

describe('comparison periods', () => {
  it('finds the same period a year earlier (同比)', () => {
    expect(yearEarlier('2024-06')).toBe('2023-06');
    expect(yearEarlier('2024-01')).toBe('2023-01');
    expect(yearEarlier('2024-Q2')).toBe('2023-Q2');
  });

  it('finds the period before (环比)', () => {
    expect(previousPeriod('2024-06')).toBe('2024-05');
    expect(previousPeriod('2024-01')).toBe('2023-12');
    expect(previousPeriod('2024-Q2')).toBe('2024-Q1');
    expect(previousPeriod('2024-Q1')).toBe('2023-Q4');
  });

  it('reads the month of a date', () => {
    expect(monthOfDate('2024-06-30')).toBe('2024-06');
  });
});
