import { describe, expect, it } from 'vitest';
import type { CaseResolutionRow, RankingRow } from '@/features/charts/selectors/ranking';
import { caseResolutionTable, rankingTable, trendTable } from '@/features/charts/selectors/tables';

const rankingRows: RankingRow[] = [
  {
    unitId: 'ordos',
    label: '鄂尔多斯市',
    value: 61.4,
    period: '2024-06',
    late: false,
    target: 55,
    targetLabel: '阶段目标55%（2024年6月）',
    tone: 'better',
    verdict: '达标',
    note: null,
    revision: null,
  },
  {
    unitId: 'wuhai',
    label: '乌海市',
    value: null,
    period: null,
    late: false,
    target: null,
    targetLabel: null,
    tone: 'neutral',
    verdict: '—',
    note: '未按时报送',
    revision: null,
  },
];
const labels = {
  unit: '盟市',
  value: '积案化解率',
  period: '时间',
  target: '目标',
  status: '状态',
  note: '备注',
  revision: '更正',
};
const describePeriod = (period: string) => `P${period}`;

describe('rankingTable', () => {
  it('has the unit, the value with its measure unit, its period, the target, the status and notes', () => {
    const table = rankingTable('各盟市积案化解率', rankingRows, labels, '%', describePeriod);
    expect(table.caption).toBe('各盟市积案化解率');
    expect(table.columns).toEqual([
      { key: 'unit', label: '盟市' },
      { key: 'value', label: '积案化解率', unit: '%' },
      { key: 'period', label: '时间' },
      { key: 'target', label: '目标' },
      { key: 'status', label: '状态' },
      { key: 'note', label: '备注' },
    ]);
    expect(table.rows).toEqual([
      {
        unitId: 'ordos',
        unit: '鄂尔多斯市',
        value: 61.4,
        period: 'P2024-06',
        target: '阶段目标55%（2024年6月）',
        status: '达标',
        note: null,
        revision: null,
      },
      // A gap is a null, never a zero; its note travels with it.
      {
        unitId: 'wuhai',
        unit: '乌海市',
        value: null,
        period: null,
        target: null,
        status: '—',
        note: '未按时报送',
        revision: null,
      },
    ]);
  });

  it('has no target column when no unit has a target, and a revision column when one is revised', () => {
    const rows = rankingRows.map((row) => ({
      ...row,
      target: null,
      targetLabel: null,
      note: null,
      revision: row.unitId === 'ordos' ? '原报60件，更正为61件' : null,
    }));
    const table = rankingTable('t', rows, labels, '件', describePeriod);
    expect(table.columns.map((column) => column.key)).toEqual([
      'unit',
      'value',
      'period',
      'status',
      'revision',
    ]);
    expect(table.columns[1]).toEqual({ key: 'value', label: '积案化解率', unit: '件' });
    expect(table.rows[0]?.revision).toBe('原报60件，更正为61件');
  });
});

describe('caseResolutionTable', () => {
  it('has counts in 件, the rate in %, its period and the target with its kind and date', () => {
    const rows: CaseResolutionRow[] = [
      {
        ...rankingRows[0]!,
        assigned: 139,
        resolved: 85,
        unresolved: 54,
      },
    ];
    const table = caseResolutionTable(
      '各盟市积案化解情况',
      rows,
      { ...labels, assigned: '交办积案', resolved: '已化解', unresolved: '未化解' },
      describePeriod,
    );
    expect(table.columns.map((column) => [column.key, column.unit])).toEqual([
      ['unit', undefined],
      ['assigned', '件'],
      ['resolved', '件'],
      ['unresolved', '件'],
      ['rate', '%'],
      ['period', undefined],
      ['target', undefined],
      ['status', undefined],
    ]);
    expect(table.rows).toEqual([
      {
        unitId: 'ordos',
        unit: '鄂尔多斯市',
        assigned: 139,
        resolved: 85,
        unresolved: 54,
        rate: 61.4,
        period: 'P2024-06',
        target: '阶段目标55%（2024年6月）',
        status: '达标',
        note: null,
        revision: null,
      },
    ]);
  });
});

describe('trendTable', () => {
  it('has a period column and one column per series, gaps as null', () => {
    const table = trendTable(
      '分流化解矛盾纠纷',
      [
        { period: '2024-05', disputes: 0.355, target: null },
        { period: '2024-06', disputes: null, target: 0.5 },
      ],
      [
        { key: 'disputes', label: '分流化解矛盾纠纷' },
        { key: 'target', label: '阶段目标' },
      ],
      '时间',
      '万件',
      (period) => `P${period}`,
    );
    expect(table.columns).toEqual([
      { key: 'period', label: '时间' },
      { key: 'disputes', label: '分流化解矛盾纠纷', unit: '万件' },
      { key: 'target', label: '阶段目标', unit: '万件' },
    ]);
    expect(table.rows).toEqual([
      { period: 'P2024-05', disputes: 0.355, target: null },
      { period: 'P2024-06', disputes: null, target: 0.5 },
    ]);
  });
});
