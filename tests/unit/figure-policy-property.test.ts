import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combinedSeriesOf,
  figureOf,
  unitFiguresOf,
  type ComparisonMode,
  type PolicyUnit,
} from '@/lib/figure-policy/figure-policy';
import { coverageWording, figureWording } from '@/lib/figure-policy/wording';
import { firstMonthOfPeriod, monthRange } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';

/*
 * Properties of the figure policy over generated datasets: any number of units, gaps, late reports
 * (a unit whose last months are missing), zero denominators, a cumulative count with a start.
 */

const months = monthRange('2022-07', '2024-06');
const since = '2023-06';

const base: Pick<
  Indicator,
  'initiativeId' | 'definition' | 'definitionEn' | 'direction' | 'targets'
> = {
  initiativeId: 'case-resolution',
  definition: '口径',
  definitionEn: 'Definition',
  direction: 'higher-better',
  targets: [],
};
const assigned: Indicator = {
  ...base,
  id: 'assigned',
  name: '交办积案',
  nameEn: 'Assigned',
  unit: '件',
  kind: 'count',
  accumulation: 'level',
  rollup: { method: 'sum' },
};
const resolved: Indicator = {
  ...base,
  id: 'resolved',
  name: '已化解积案',
  nameEn: 'Resolved',
  unit: '件',
  kind: 'count',
  accumulation: 'cumulative',
  since,
  rollup: { method: 'sum' },
};
const rate: Indicator = {
  ...base,
  id: 'rate',
  name: '积案化解率',
  nameEn: 'Rate',
  unit: '%',
  kind: 'rate',
  accumulation: 'level',
  rollup: { method: 'ratio', numeratorId: 'resolved', denominatorId: 'assigned', scale: 100 },
  targets: [
    { value: 55, due: '2024-06', unitId: null, kind: 'interim' },
    { value: 85, due: '2024-12', unitId: null, kind: 'final' },
  ],
};

type Cell = { assigned: number | null; resolved: number | null } | 'absent';

/** One unit: per month its counts, each possibly a gap; a late unit stops reporting some months early. */
const unitArbitrary = fc.record({
  cells: fc.array(
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.record({
          assigned: fc.integer({ min: 0, max: 500 }),
          share: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
      { weight: 1, arbitrary: fc.constant('gap' as const) },
      { weight: 1, arbitrary: fc.constant('absent' as const) },
    ),
    { minLength: months.length, maxLength: months.length },
  ),
  lateBy: fc.integer({ min: 0, max: 3 }),
});

const datasetArbitrary = fc.array(unitArbitrary, { minLength: 1, maxLength: 14 }).map((raw) => {
  const units: PolicyUnit[] = raw.map((_, index) => ({
    id: `unit-${index}`,
    name: `盟市${index}`,
    nameEn: `Unit ${index}`,
  }));
  const cells = new Map<string, Map<string, Cell>>();
  const points: SeriesPoint[] = [];
  raw.forEach((unit, unitIndex) => {
    const id = `unit-${unitIndex}`;
    const byMonth = new Map<string, Cell>();
    cells.set(id, byMonth);
    unit.cells.forEach((cell, monthIndex) => {
      const period = months[monthIndex] as string;
      const late = monthIndex >= months.length - unit.lateBy;
      if (cell === 'absent') {
        byMonth.set(period, 'absent');
        return;
      }
      const value =
        cell === 'gap' || late
          ? { assigned: null, resolved: null }
          : { assigned: cell.assigned, resolved: Math.round(cell.assigned * cell.share) };
      byMonth.set(period, value);
      const ratio =
        value.assigned === null || value.resolved === null || value.assigned === 0
          ? null
          : (value.resolved / value.assigned) * 100;
      points.push(
        { indicatorId: 'assigned', unitId: id, period, value: value.assigned },
        { indicatorId: 'resolved', unitId: id, period, value: value.resolved },
        { indicatorId: 'rate', unitId: id, period, value: ratio },
      );
    });
  });
  return { units, points, cells };
});

const rangeArbitrary = fc
  .tuple(fc.integer({ min: 12, max: months.length - 1 }), fc.integer({ min: 1, max: 12 }))
  .map(([end, length]) => months.slice(Math.max(12, end - length + 1), end + 1));

const comparisonArbitrary = fc.constantFrom<ComparisonMode>('yoy', 'mom', 'target');

const input = (
  indicator: Indicator,
  data: { units: PolicyUnit[]; points: SeriesPoint[] },
  periods: string[],
  comparison: ComparisonMode,
) => ({
  indicator,
  points: data.points,
  units: data.units,
  totalUnits: data.units.length,
  periods,
  comparison,
});

const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

describe('figure policy over generated datasets', () => {
  it('combines a ratio as Σnumerator ÷ Σdenominator of exactly the units it says reported', () => {
    fc.assert(
      fc.property(datasetArbitrary, rangeArbitrary, comparisonArbitrary, (data, periods, mode) => {
        const figure = figureOf(input(rate, data, periods, mode));
        if (figure.status !== 'ok' || figure.period === null) return;
        const period = figure.period;
        const counted = data.units.filter((unit) => {
          const cell = data.cells.get(unit.id)?.get(period);
          return (
            cell !== undefined && cell !== 'absent' && cell.assigned !== null && cell.assigned > 0
          );
        });
        expect(figure.coverage.reported).toEqual(counted.map((unit) => unit.id));
        const cellsAt = counted.map(
          (unit) => data.cells.get(unit.id)?.get(period) as { assigned: number; resolved: number },
        );
        const expected =
          counted.length === 1
            ? (cellsAt[0]!.resolved / cellsAt[0]!.assigned) * 100
            : (sumOf(cellsAt.map((cell) => cell.resolved)) /
                sumOf(cellsAt.map((cell) => cell.assigned))) *
              100;
        expect(figure.value).toBeCloseTo(expected, 9);
        // The per-period series agrees with the figure at its period.
        const series = combinedSeriesOf(input(rate, data, periods, mode));
        expect(series.find((point) => point.period === period)?.value).toBeCloseTo(expected, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('never offers a 同比 of a cumulative count that reaches back to or before its start', () => {
    fc.assert(
      fc.property(datasetArbitrary, rangeArbitrary, (data, periods) => {
        const figure = figureOf(input(resolved, data, periods, 'yoy'));
        const yoy = figure.comparisons.yoy;
        if (!yoy || figure.period === null) return;
        const basePeriod = yoy.basePeriod as string;
        if (firstMonthOfPeriod(basePeriod) <= since) {
          expect(yoy.available).toBe(false);
          const words = figureWording(figure, 'zh-CN').yoy ?? '';
          expect(words).not.toMatch(/同比(上升|下降|提高|降低)/);
          expect(words).toContain('不作同比');
        }
        // Wherever it is offered, a cumulative count is compared as an increment, never in per cent.
        if (yoy.available) expect(yoy.measure).toBe('increment');
      }),
      { numRuns: 300 },
    );
  });

  it('states the coverage whenever fewer units report than carry the indicator', () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        rangeArbitrary,
        fc.constantFrom(assigned, resolved, rate),
        (data, periods, indicator) => {
          const figure = figureOf(input(indicator, data, periods, 'mom'));
          if (figure.status !== 'ok') return;
          const { reported, expected } = figure.coverage;
          const wording = coverageWording(figure, 'zh-CN');
          if (reported.length < expected.length) {
            expect(wording).toContain(`${reported.length}/${expected.length}个盟市已报送`);
            // Every late unit is named with the month of its last report.
            for (const late of figure.coverage.late)
              expect(wording).toContain(`盟市${late.unitId.slice(5)}最新数据为`);
          } else expect(wording).toBeNull();
          // Units with any point are the ones expected.
          const carriers = data.units.filter((unit) =>
            [...(data.cells.get(unit.id)?.values() ?? [])].some((cell) => cell !== 'absent'),
          );
          expect(expected).toEqual(carriers.map((unit) => unit.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares like with like: the same units on both sides', () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        rangeArbitrary,
        fc.constantFrom(assigned, rate),
        fc.constantFrom<'yoy' | 'mom'>('yoy', 'mom'),
        (data, periods, indicator, mode) => {
          const figure = figureOf(input(indicator, data, periods, mode));
          const comparison = figure.comparison;
          if (!comparison?.available || figure.period === null) return;
          const counts = (unitId: string, period: string) => {
            const cell = data.cells.get(unitId)?.get(period);
            return cell && cell !== 'absent' && cell.assigned !== null ? cell : null;
          };
          const usable = (unitId: string, period: string) => {
            const cell = counts(unitId, period);
            return cell !== null && (indicator === assigned || (cell.assigned ?? 0) > 0);
          };
          // Exactly the units with a figure in both periods.
          const both = data.units
            .map((unit) => unit.id)
            .filter(
              (unitId) =>
                usable(unitId, figure.period as string) && usable(unitId, comparison.basePeriod),
            );
          expect(comparison.units).toEqual(both);
          const valueOn = (period: string) => {
            const cells = both.map((unitId) => counts(unitId, period)!);
            if (indicator === assigned) return sumOf(cells.map((cell) => cell.assigned!));
            if (cells.length === 1) return (cells[0]!.resolved! / cells[0]!.assigned!) * 100;
            return (
              (sumOf(cells.map((cell) => cell.resolved!)) /
                sumOf(cells.map((cell) => cell.assigned!))) *
              100
            );
          };
          expect(comparison.current).toBeCloseTo(valueOn(figure.period), 9);
          expect(comparison.base).toBeCloseTo(valueOn(comparison.basePeriod), 9);
          // Left-out units are said in the wording.
          if (comparison.restricted)
            expect(figureWording(figure, 'zh-CN').comparison).toContain(
              `按两期均报送的${both.length}个盟市计`,
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks each unit at its own latest month and flags the late ones', () => {
    fc.assert(
      fc.property(datasetArbitrary, rangeArbitrary, (data, periods) => {
        const { current, rows } = unitFiguresOf({
          indicator: rate,
          points: data.points,
          units: data.units,
          periods,
        });
        for (const row of rows) {
          if (row.period === null) {
            expect(row.value).toBeNull();
            continue;
          }
          expect(periods).toContain(row.period);
          expect(row.late).toBe(row.period !== current);
          // Nothing later in the range was reported by this unit.
          const later = periods.filter((period) => period > row.period!);
          for (const period of later) {
            const cell = data.cells.get(row.unit.id)?.get(period);
            expect(
              cell === undefined ||
                cell === 'absent' ||
                cell.assigned === null ||
                cell.assigned === 0,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
