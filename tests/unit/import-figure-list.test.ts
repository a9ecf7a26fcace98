import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FigureKeys } from '@/features/import/figure-key';
import { FigureList, type ImportedFigure } from '@/features/import/parse/figure-list';
import { sortObservations } from '@/features/import/plan';
import type { Observation } from '@/schemas/observation';

const figureArbitrary = fc.record(
  {
    indicatorId: fc.constantFrom('a', 'b', '指标c'),
    unitId: fc.constantFrom('baotou', 'wuhai', 'x'),
    period: fc.constantFrom('2024-01', '2024-02', '2023-12'),
    value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
    row: fc.nat(),
    column: fc.constantFrom('C', 'D', '数值'),
    note: fc.string(),
    sheet: fc.constantFrom('包头市', '乌海市'),
  },
  { requiredKeys: ['indicatorId', 'unitId', 'period', 'value', 'row', 'column'] },
);

describe('FigureList', () => {
  it('gives back every figure as it was pushed, past its first capacity', () => {
    fc.assert(
      fc.property(fc.array(figureArbitrary, { maxLength: 80 }), (figures) => {
        const list = new FigureList('a.csv', 4);
        figures.forEach((figure) => list.push(figure));
        expect(list).toHaveLength(figures.length);
        const expected: ImportedFigure[] = figures.map((figure) => ({ ...figure, file: 'a.csv' }));
        expect(list.toArray()).toEqual(expected);
        figures.forEach((figure, position) => {
          expect(list.value(position)).toBe(figure.value);
          expect(list.note(position)).toBe(figure.note);
        });
      }),
    );
  });

  it('numbers the same indicator, unit and month as the same key, and others apart', () => {
    const list = new FigureList('a.csv');
    const one = { indicatorId: 'a', unitId: 'baotou', period: '2024-01' };
    expect(list.keyOf(one)).toBe(list.keyOf({ ...one }));
    expect(list.keyOf(one)).not.toBe(list.keyOf({ ...one, period: '2024-02' }));
    expect(list.keyOf(one)).not.toBe(list.keyOf({ ...one, unitId: 'wuhai' }));
    expect(list.keyOf(one)).not.toBe(list.keyOf({ ...one, indicatorId: 'b' }));
  });
});

describe('sortObservations', () => {
  const observationArbitrary = fc.uniqueArray(
    fc.record({
      indicatorId: fc.constantFrom('b', 'a', 'Z', '指标'),
      unitId: fc.constantFrom('wuhai', 'baotou', 'alxa', '10'),
      period: fc.constantFrom('2024-10', '2024-02', '2023-12', '2024-01'),
      value: fc.option(fc.integer()),
    }),
    { selector: (item) => `${item.indicatorId}|${item.unitId}|${item.period}` },
  );
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byStrings = (a: Observation, b: Observation) =>
    compare(a.indicatorId, b.indicatorId) ||
    compare(a.unitId, b.unitId) ||
    compare(a.period, b.period);

  it('orders by indicator, unit and month as strings, by one number each or by an index', () => {
    fc.assert(
      fc.property(observationArbitrary, (observations: Observation[]) => {
        const keys = new FigureKeys();
        const observationKeys = Float64Array.from(observations, (item) => keys.key(item));
        const expected = [...observations].sort(byStrings);
        expect(sortObservations(observations, observationKeys, keys)).toEqual(expected);
        // The path for numberings too large to pair each place with its position in one number.
        expect(sortObservations(observations, observationKeys, keys, 0)).toEqual(expected);
      }),
    );
  });
});
