import { describe, expect, it } from 'vitest';
import { caseResolutionRanking, unitRanking } from '@/features/charts/selectors/ranking';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';

const indicator = (overrides: Partial<Indicator>): Indicator => ({
  id: 'x',
  initiativeId: 'case-resolution',
  name: '指标',
  nameEn: 'Indicator',
  unit: '件',
  definition: '口径',
  definitionEn: 'Definition',
  direction: 'higher-better',
  kind: 'count',
  accumulation: 'level',
  rollup: { method: 'sum' },
  targets: [],
  ...overrides,
});
const point = (
  indicatorId: string,
  unitId: string,
  period: string,
  value: number | null,
): SeriesPoint => ({ indicatorId, unitId, period, value });

const unit = (id: string, name: string) => ({ id, name, nameEn: id });
const units = [
  unit('hohhot', '呼和浩特市'),
  unit('baotou', '包头市'),
  unit('wuhai', '乌海市'),
  unit('ordos', '鄂尔多斯市'),
];
const periods = ['2024-05', '2024-06'];

describe('unitRanking', () => {
  const points = (id: string) => [
    point(id, 'hohhot', '2024-06', 20),
    point(id, 'baotou', '2024-06', 35),
    point(id, 'wuhai', '2024-05', 5),
    point(id, 'wuhai', '2024-06', null),
    point(id, 'ordos', '2024-04', 99),
  ];

  it('ranks best first when higher is better, units without a figure in the range last', () => {
    const rows = unitRanking(points('x'), indicator({}), units, periods, 'zh-CN');
    expect(rows.map((row) => [row.label, row.value, row.period])).toEqual([
      ['包头市', 35, '2024-06'],
      ['呼和浩特市', 20, '2024-06'],
      // A gap in June falls back to May, and the unit is labelled with its month: a late report.
      ['乌海市（24-05）', 5, '2024-05'],
      // April is outside the range.
      ['鄂尔多斯市', null, null],
    ]);
  });

  it('ranks lowest first when lower is better, still with the missing last', () => {
    const rows = unitRanking(
      points('x'),
      indicator({ direction: 'lower-better' }),
      units,
      periods,
      'zh-CN',
    );
    expect(rows.map((row) => row.unitId)).toEqual(['wuhai', 'hohhot', 'baotou', 'ordos']);
  });

  it('keeps several missing units last, after every reported one', () => {
    const rows = unitRanking(
      [point('x', 'ordos', '2024-06', 1)],
      indicator({}),
      units,
      periods,
      'zh-CN',
    );
    expect(rows[0]?.unitId).toBe('ordos');
    expect(rows.slice(1).every((row) => row.value === null)).toBe(true);
  });

  it('judges each unit against the target in force at the month of its figure', () => {
    const rate = indicator({
      unit: '%',
      kind: 'rate',
      rollup: { method: 'mean' },
      targets: [
        { value: 30, due: '2023-12', unitId: null },
        { value: 55, due: '2024-06', unitId: null },
      ],
    });
    const rows = unitRanking(points('x'), rate, units, periods, 'zh-CN');
    const byUnit = Object.fromEntries(rows.map((row) => [row.unitId, row]));
    expect(byUnit.baotou).toMatchObject({ target: 55, tone: 'worse' });
    // Wuhai's figure is from May, when the 30 % milestone was the one in force.
    expect(byUnit.wuhai).toMatchObject({
      target: 30,
      targetLabel: '年底目标30%（2023年12月）',
      tone: 'worse',
      verdict: '未达标',
      late: true,
    });
    expect(byUnit.ordos).toMatchObject({ target: null, tone: 'neutral' });
  });

  it('colours nothing without a target or an explicit reference, even for a change', () => {
    const change = indicator({ unit: '%', kind: 'change', rollup: { method: 'none' } });
    const rows = unitRanking(points('x'), change, units, periods, 'zh-CN');
    expect(rows.every((row) => row.tone === 'neutral' && row.verdict === '—')).toBe(true);
  });

  it('keeps a unit’s note and revision with its figure', () => {
    const revised: SeriesPoint = {
      ...point('x', 'hohhot', '2024-06', 20),
      note: '2024年7月更正',
      revised: true,
      previousValue: 24,
      revisedAt: '2024-07-10',
    };
    const [row] = unitRanking([revised], indicator({}), units, periods, 'zh-CN');
    expect(row).toMatchObject({
      note: '2024年7月更正',
      revision: '原报24件，更正为20件（2024年7月10日更正）',
    });
  });
});

describe('caseResolutionRanking', () => {
  const rate = indicator({
    id: 'rate',
    unit: '%',
    kind: 'rate',
    rollup: { method: 'ratio', numeratorId: 'resolved', denominatorId: 'assigned', scale: 100 },
    targets: [{ value: 55, due: '2024-06', unitId: null }],
  });
  const ids = { rate, assignedId: 'assigned', resolvedId: 'resolved' };

  it('gives resolved, unresolved and the rate of each unit’s assigned cases, ranked by the rate', () => {
    const points = [
      point('assigned', 'hohhot', '2024-06', 200),
      point('resolved', 'hohhot', '2024-06', 150),
      point('rate', 'hohhot', '2024-06', 75),
      point('assigned', 'baotou', '2024-06', 100),
      point('resolved', 'baotou', '2024-06', 40),
      point('rate', 'baotou', '2024-06', 40),
    ];
    const rows = caseResolutionRanking(points, ids, units.slice(0, 2), periods, 'zh-CN');
    expect(rows).toEqual([
      expect.objectContaining({
        unitId: 'hohhot',
        assigned: 200,
        resolved: 150,
        unresolved: 50,
        value: 75,
        tone: 'better',
      }),
      expect.objectContaining({
        unitId: 'baotou',
        assigned: 100,
        resolved: 40,
        unresolved: 60,
        value: 40,
        tone: 'worse',
      }),
    ]);
  });

  it('reads the counts at the period of the rate, even when a count was reported later', () => {
    // Ulanqab, March 2024: the rate and the resolved count are a gap, the assigned count is not.
    const points = [
      point('assigned', 'ulanqab', '2024-05', 111),
      point('resolved', 'ulanqab', '2024-05', 54),
      point('rate', 'ulanqab', '2024-05', 48.6),
      point('assigned', 'ulanqab', '2024-06', 115),
      point('resolved', 'ulanqab', '2024-06', null),
      point('rate', 'ulanqab', '2024-06', null),
    ];
    const [row] = caseResolutionRanking(
      points,
      ids,
      [unit('ulanqab', '乌兰察布市')],
      periods,
      'zh-CN',
    );
    expect(row).toMatchObject({
      period: '2024-05',
      value: 48.6,
      assigned: 111,
      resolved: 54,
      unresolved: 57,
    });
  });

  it('leaves the counts empty, never zero, where they are missing at the rate’s period', () => {
    const points = [
      point('assigned', 'tongliao', '2024-06', 123),
      point('resolved', 'tongliao', '2024-06', null),
      point('rate', 'tongliao', '2024-06', 56.9),
    ];
    const [row] = caseResolutionRanking(
      points,
      ids,
      [unit('tongliao', '通辽市')],
      periods,
      'zh-CN',
    );
    expect(row).toMatchObject({ assigned: 123, resolved: null, unresolved: null, value: 56.9 });
    const [none] = caseResolutionRanking([], ids, [unit('tongliao', '通辽市')], periods, 'zh-CN');
    expect(none).toMatchObject({ assigned: null, resolved: null, unresolved: null, value: null });
  });
});
