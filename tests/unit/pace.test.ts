import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '@/lib/periods';
import { elapsedShare, paceOf, paceRows, paceTarget, type PaceInput } from '@/lib/pace';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';

const runs = { numRuns: 1000, seed: 20240630 };

const month = fc
  .record({ year: fc.integer({ min: 2020, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);

/** A target period (start, due) and a month inside it. */
const period = fc
  .record({
    start: month,
    length: fc.integer({ min: 1, max: 36 }),
    at: fc.integer({ min: 0, max: 36 }),
  })
  .map(({ start, length, at }) => ({
    start,
    due: addMonths(start, length - 1),
    month: addMonths(start, Math.min(at, length - 1)),
  }));

const rate: Pick<PaceInput, 'bounds'> = { bounds: { min: 0, max: 100 } };

describe('时间进度 arithmetic (properties)', () => {
  it('a unit exactly on pace is neither ahead nor behind', () => {
    fc.assert(
      fc.property(
        period,
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.constantFrom('higher-better', 'lower-better') as fc.Arbitrary<Indicator['direction']>,
        ({ start, due, month: at }, baseline, distance, direction) => {
          const target = direction === 'higher-better' ? baseline + distance : baseline - distance;
          const elapsed = elapsedShare(start, due, at);
          // Exactly on pace only while the target is not yet reached (then it is "met").
          fc.pre(elapsed < 1);
          const value = baseline + elapsed * (target - baseline);
          const pace = paceOf({
            ...rate,
            bounds: { min: -100, max: 100 },
            direction,
            start,
            due,
            target,
            baseline,
            month: at,
            value,
            earlier: null,
          });
          expect(pace.status).toBe('on-pace');
          expect(pace.progress).toBeCloseTo(pace.elapsed, 9);
        },
      ),
      runs,
    );
  });

  it('a unit below the elapsed share is behind, above it ahead (never both)', () => {
    fc.assert(
      fc.property(
        period,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ start, due, month: at }, progress) => {
          const pace = paceOf({
            ...rate,
            direction: 'higher-better',
            start,
            due,
            target: 85,
            baseline: 0,
            month: at,
            value: progress * 85,
            earlier: null,
          });
          if (progress >= 1) expect(pace.status).toBe('met');
          else if (progress < pace.elapsed - 0.001) expect(pace.status).toBe('behind');
          else if (progress > pace.elapsed + 0.001) expect(pace.status).toBe('ahead');
        },
      ),
      runs,
    );
  });

  it('projections never extrapolate past a rate’s 100 % or below 0', () => {
    fc.assert(
      fc.property(
        period,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        ({ start, due, month: at }, value, earlierValue, back) => {
          const pace = paceOf({
            ...rate,
            direction: 'higher-better',
            start,
            due,
            target: 90,
            baseline: 0,
            month: at,
            value,
            earlier: { month: addMonths(at, -back), value: earlierValue },
          });
          expect(pace.projected).not.toBeNull();
          expect(pace.projected).toBeLessThanOrEqual(100);
          expect(pace.projected).toBeGreaterThanOrEqual(0);
          expect(pace.projectedMeets).toBe((pace.projected ?? 0) >= 90);
        },
      ),
      runs,
    );
  });

  it('the elapsed share grows with the month and stays within 0–1', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -5, max: 40 }), ({ start, due }, offset) => {
        const a = elapsedShare(start, due, addMonths(start, offset));
        const b = elapsedShare(start, due, addMonths(start, offset + 1));
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      runs,
    );
  });
});

describe('时间进度 examples', () => {
  it('half a year into a year: 应完成50%, a rate of 40 toward 80 is exactly on pace', () => {
    const pace = paceOf({
      ...rate,
      direction: 'higher-better',
      start: '2024-01',
      due: '2024-12',
      target: 80,
      baseline: 0,
      month: '2024-06',
      value: 40,
      earlier: { month: '2024-03', value: 25 },
    });
    expect(pace.elapsed).toBe(0.5);
    expect(pace.progress).toBe(0.5);
    expect(pace.status).toBe('on-pace');
    // 5 points a month for six more months: 70, short of 80.
    expect(pace.projected).toBe(70);
    expect(pace.projectedMeets).toBe(false);
  });

  it('a fast rate is held at 100 %', () => {
    const pace = paceOf({
      ...rate,
      direction: 'higher-better',
      start: '2024-01',
      due: '2024-12',
      target: 85,
      baseline: 0,
      month: '2024-06',
      value: 80,
      earlier: { month: '2024-03', value: 20 },
    });
    expect(pace.projected).toBe(100);
  });

  const indicator: Indicator = {
    id: 'rate',
    initiativeId: 'case-resolution',
    name: '化解率',
    nameEn: 'Rate',
    unit: '%',
    definition: '…',
    definitionEn: '…',
    direction: 'higher-better',
    kind: 'rate',
    accumulation: 'level',
    rollup: { method: 'mean' },
    since: '2024-01',
    targets: [
      { value: 55, due: '2024-06', unitId: null, kind: 'interim' },
      { value: 85, due: '2024-12', unitId: null, kind: 'final' },
      { value: 90, due: '2024-12', unitId: 'ordos' },
    ],
  };

  it('judges against the campaign target still to fall due, a unit’s own first', () => {
    expect(paceTarget(indicator, 'hohhot', '2024-05')?.value).toBe(85);
    expect(paceTarget(indicator, 'ordos', '2024-05')?.value).toBe(90);
    expect(paceTarget(indicator, 'all', '2024-05')?.value).toBe(85);
    expect(paceTarget(indicator, 'hohhot', '2024-12')).toBeNull();
  });

  it('rows: each unit at its last reported month, with its recent pace', () => {
    const point = (unitId: string, period: string, value: number | null): SeriesPoint => ({
      indicatorId: 'rate',
      unitId,
      period,
      value,
    });
    const points = [
      point('hohhot', '2024-03', 20),
      point('hohhot', '2024-06', 50),
      point('alxa', '2024-02', 24),
      point('alxa', '2024-03', 10),
      point('alxa', '2024-05', 30),
      point('alxa', '2024-06', null),
    ];
    const rows = paceRows([indicator], points, '2024-06', '2022-01');
    const hohhot = rows.find((row) => row.unitId === 'hohhot');
    const alxa = rows.find((row) => row.unitId === 'alxa');
    expect(hohhot).toMatchObject({ month: '2024-06', value: 50, start: '2024-01', baseline: 0 });
    expect(hohhot?.pace.status).toBe('ahead');
    // 10 points a month would pass 100 %: held there.
    expect(hohhot?.pace.projected).toBe(100);
    expect(alxa).toMatchObject({ month: '2024-05', value: 30 });
    expect(alxa?.pace.status).toBe('behind');
    // 2 points a month from February: 44 % by December.
    expect(alxa?.pace.projected).toBe(44);
    expect(alxa?.pace.projectedMeets).toBe(false);
  });
});
