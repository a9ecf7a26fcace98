import { describe, expect, it } from 'vitest';
import type { CaseResolutionRow, RankingRow } from '@/features/charts/selectors/ranking';
import { caseResolutionTable, rankingTable, trendTable } from '@/features/charts/selectors/tables';

const rankingRows: RankingRow[] = [
  {
    unitId: 'ordos',
    label: '鄂尔多斯市',
    value: 61.4,
    period: '2024-06',
    target: 55,
    tone: 'better',
  },
  { unitId: 'wuhai', label: '乌海市', value: null, period: null, target: null, tone: 'neutral' },
];
const labels = {
  unit: '盟市',
  value: '积案化解率',
  period: '时间',
  target: '目标',
  status: '状态',
};
const describe_ = {
  period: (period: string) => `P${period}`,
  tone: (row: RankingRow) => (row.value === null ? '未报送' : row.tone),
};

describe('rankingTable', () => {
  it('has the unit, the value with its measure unit, the target, the status and the period', () => {
    const table = rankingTable('各盟市积案化解率', rankingRows, labels, '%', describe_);
    expect(table.caption).toBe('各盟市积案化解率');
    expect(table.columns).toEqual([
      { key: 'unit', label: '盟市' },
      { key: 'value', label: '积案化解率', unit: '%' },
      { key: 'target', label: '目标', unit: '%' },
      { key: 'status', label: '状态' },
      { key: 'period', label: '时间' },
    ]);
    expect(table.rows).toEqual([
      {
        unitId: 'ordos',
        unit: '鄂尔多斯市',
        value: 61.4,
        target: 55,
        status: 'better',
        period: 'P2024-06',
      },
      // A gap is a null, never a zero.
      {
        unitId: 'wuhai',
        unit: '乌海市',
        value: null,
        target: null,
        status: '未报送',
        period: null,
      },
    ]);
  });

  it('has no target column when no unit has a target', () => {
    const rows = rankingRows.map((row) => ({ ...row, target: null }));
    const table = rankingTable('t', rows, labels, '件', describe_);
    expect(table.columns.map((column) => column.key)).toEqual([
      'unit',
      'value',
      'status',
      'period',
    ]);
    expect(table.columns[1]).toEqual({ key: 'value', label: '积案化解率', unit: '件' });
  });
});

describe('caseResolutionTable', () => {
  it('has counts in 件 and the rate and target in %', () => {
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
      {
        unit: '盟市',
        assigned: '交办积案',
        resolved: '已化解',
        unresolved: '未化解',
        rate: '积案化解率',
        target: '目标',
        status: '状态',
      },
      () => '达标',
    );
    expect(table.columns.map((column) => [column.key, column.unit])).toEqual([
      ['unit', undefined],
      ['assigned', '件'],
      ['resolved', '件'],
      ['unresolved', '件'],
      ['rate', '%'],
      ['target', '%'],
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
        target: 55,
        status: '达标',
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
