import { describe, expect, it } from 'vitest';
import { figureOf, unitFiguresOf, type PolicyUnit } from '@/lib/figure-policy/figure-policy';
import { unitGroupsOf } from '@/lib/figure-policy/unit-groups';
import {
  figureWording,
  revisionWording,
  targetWording,
  unbracketed,
  unitFigureWording,
} from '@/lib/figure-policy/wording';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Unit } from '@/schemas/unit';
import { taskSchema, type Task } from '@/schemas/task';
import { attainmentOf, withAttainment } from '@/lib/figure-policy/task-attainment';

const indicator = (fields: Partial<Indicator> & Pick<Indicator, 'id'>): Indicator => ({
  initiativeId: 'case-resolution',
  name: fields.id,
  nameEn: fields.id,
  unit: '件',
  definition: '口径',
  definitionEn: 'Definition',
  direction: 'higher-better',
  kind: 'count',
  accumulation: 'level',
  rollup: { method: 'sum' },
  targets: [],
  ...fields,
});

const units: PolicyUnit[] = [
  { id: 'hohhot', name: '呼和浩特市', nameEn: 'Hohhot' },
  { id: 'baotou', name: '包头市', nameEn: 'Baotou' },
  { id: 'wuhai', name: '乌海市', nameEn: 'Wuhai' },
  { id: 'alxa', name: '阿拉善盟', nameEn: 'Alxa League' },
];

const point = (
  indicatorId: string,
  unitId: string,
  period: string,
  value: number | null,
  extra: Partial<SeriesPoint> = {},
): SeriesPoint => ({ indicatorId, unitId, period, value, ...extra });

const resolved = indicator({ id: 'resolved', accumulation: 'cumulative', since: '2023-06' });
const rate = indicator({
  id: 'rate',
  unit: '%',
  kind: 'rate',
  rollup: { method: 'ratio', numeratorId: 'resolved', denominatorId: 'assigned', scale: 100 },
  targets: [
    { value: 30, due: '2023-12', unitId: null, kind: 'interim' },
    { value: 55, due: '2024-06', unitId: null, kind: 'interim' },
    { value: 85, due: '2024-12', unitId: null },
  ],
});

/** Four units; Alxa has not reported June (its last figure is May). */
const backlog: SeriesPoint[] = units.flatMap((unit, index) =>
  ['2023-06', '2024-05', '2024-06'].flatMap((period) => {
    const missing = unit.id === 'alxa' && period === '2024-06';
    const total = 100 + index * 10;
    const done = period === '2023-06' ? 5 : period === '2024-05' ? 50 + index : 56 + index;
    return [
      point('assigned', unit.id, period, missing ? null : total),
      point('resolved', unit.id, period, missing ? null : done),
      point('rate', unit.id, period, missing ? null : (done / total) * 100),
    ];
  }),
);

const input = {
  points: backlog,
  units,
  totalUnits: 4,
  periods: ['2024-05', '2024-06'],
} as const;

describe('figureOf', () => {
  it('has no 同比 for a count cumulative since the campaign began, and words 环比 as what was added', () => {
    const figure = figureOf({ ...input, indicator: resolved, comparison: 'yoy' });
    const words = figureWording(figure, 'zh-CN');
    expect(words.reading).toBe('2023年6月起累计');
    expect(words.comparison).toBe('2023年6月起累计，不作同比');
    // Resolved counts of the three units of June against the same three in May: 56+57+58 − (50+51+52) = 18.
    expect(words.mom).toBe('较上月新增18件（按两期均报送的3个盟市计）');
    expect(words.coverage).toBe('3/4个盟市已报送；阿拉善盟最新数据为2024年5月');
    expect(words.scope).toBe('全区4个盟市合计');
    // In English the comparison's name sits inside the sentence, in lower case.
    expect(figureWording(figure, 'en').comparison).toMatch(
      /^counted since Jun 2023: no year on year comparison$/,
    );
  });

  it('combines a rate from its counts and compares it in 个百分点 on the same units', () => {
    const figure = figureOf({ ...input, indicator: rate, comparison: 'mom' });
    expect(figure.value).toBeCloseTo(((56 + 57 + 58) / (100 + 110 + 120)) * 100, 9);
    const words = figureWording(figure, 'zh-CN');
    expect(words.comparison).toBe('环比提高5.5个百分点（按两期均报送的3个盟市计）');
    expect(words.judgement).toBe('未达标：阶段目标55%（2024年6月），差3.2个百分点');
    expect(words.upcomingTarget).toBe('年底目标85%（2024年12月）');
    expect(figure.tone).toBe('worse');
  });

  it('names a single unit, judges it against its targets and says nothing of 全区', () => {
    const figure = figureOf({
      ...input,
      units: [units[1]!],
      indicator: rate,
      comparison: 'target',
    });
    const words = figureWording(figure, 'zh-CN');
    expect(words.scope).toBe('包头市');
    expect(words.coverage).toBeNull();
    expect(words.comparison).toBe('未达标：阶段目标55%（2024年6月），差3.2个百分点');
  });

  it('calls a mean a mean, never 合计, and judges nothing without a target or a reference', () => {
    const mean = indicator({ id: 'rate', unit: '%', kind: 'rate', rollup: { method: 'mean' } });
    const figure = figureOf({ ...input, indicator: mean, comparison: 'yoy' });
    expect(figureWording(figure, 'zh-CN').scope).toBe('全区4个盟市不加权平均');
    expect(figure.judgement.kind).toBe('none');
    expect(figure.tone).toBe('neutral');
  });

  it('judges 向好/向差 against an explicit reference only', () => {
    const change = indicator({
      id: 'rate',
      unit: '%',
      kind: 'change',
      direction: 'lower-better',
      rollup: { method: 'mean' },
      reference: { value: 40, label: '警戒线40%', labelEn: 'the 40% alert line' },
    });
    const figure = figureOf({ ...input, indicator: change, comparison: 'yoy' });
    expect(figure.judgement).toMatchObject({ kind: 'reference', verdict: 'worse' });
    expect(figureWording(figure, 'zh-CN').judgement).toBe('向差（对照警戒线40%）');
  });

  it('gives no combined figure for a rollup that does not combine, and keeps the units', () => {
    const none = indicator({ id: 'rate', unit: '%', kind: 'rate', rollup: { method: 'none' } });
    const figure = figureOf({ ...input, indicator: none, comparison: 'mom' });
    expect(figure.value).toBeNull();
    expect(figure.comparison).toMatchObject({ available: false, reason: 'not-combinable' });
    expect(figureWording(figure, 'zh-CN').scope).toBe('全区4个盟市，不可合计，按盟市查看');
  });

  it('names counties 旗县市区 when the units are the counties of one 盟市', () => {
    const parent = units[0]!;
    const figure = figureOf({ ...input, parent, indicator: resolved, comparison: 'yoy' });
    const zh = figureWording(figure, 'zh-CN');
    expect(zh.scope).toBe('呼和浩特市4个旗县市区合计');
    expect(zh.coverage).toBe('3/4个旗县市区已报送；阿拉善盟最新数据为2024年5月');
    expect(zh.mom).toBe('较上月新增18件（按两期均报送的3个旗县市区计）');
    const en = figureWording(figure, 'en');
    expect(en.coverage).toMatch(/^3 of 4 counties reported/);
    expect(en.mom).toMatch(/\(the 3 counties that reported in both periods\)$/);
    // An indicator of the parent's own brand is the 盟市's figure, only not split by county.
    const brand = indicator({ id: 'rate', unit: '%', kind: 'rate', scopeUnitIds: ['hohhot'] });
    const counties = units.map((unit) => ({ ...unit, id: `hohhot-${unit.id}` }));
    const scoped = figureOf({
      ...input,
      units: counties,
      parent,
      indicator: brand,
      comparison: 'mom',
    });
    expect(scoped.status).toBe('out-of-scope');
    expect(figureWording(scoped, 'zh-CN').scope).toBe('该指标只统计品牌所在盟市，不分旗县市区');
  });

  it('keeps an indicator to its scope: one city, or nothing when that city is not selected', () => {
    const pilot = indicator({ id: 'rate', unit: '%', kind: 'rate', scopeUnitIds: ['wuhai'] });
    const figure = figureOf({ ...input, indicator: pilot, comparison: 'mom' });
    expect(figure.scopeUnits.map((unit) => unit.id)).toEqual(['wuhai']);
    expect(figureWording(figure, 'zh-CN').scope).toBe('乌海市');
    const outside = figureOf({ ...input, units: [units[0]!], indicator: pilot, comparison: 'mom' });
    expect(outside.status).toBe('out-of-scope');
    expect(outside.value).toBeNull();
  });

  it('states a flow as 当月 and, from its start, the total since then', () => {
    const flow = indicator({
      id: 'flow',
      unit: '万件',
      accumulation: 'per-period',
      since: '2024-04',
    });
    const points = ['2024-04', '2024-05', '2024-06'].map((period, index) =>
      point('flow', 'hohhot', period, 1 + index),
    );
    const figure = figureOf({
      indicator: flow,
      points,
      units: [units[0]!],
      totalUnits: 4,
      periods: ['2024-04', '2024-05', '2024-06'],
      comparison: 'mom',
    });
    const words = figureWording(figure, 'zh-CN');
    expect(words.reading).toBe('当月');
    expect(words.value).toBe('3.00万件');
    expect(words.mom).toBe('环比上升50.0%');
    expect(words.sinceTotal).toBe('2024年4月以来累计6.00万件');
  });
});

describe('unitFiguresOf', () => {
  it('ranks a late unit with its own month, never as current', () => {
    const { current, rows } = unitFiguresOf({
      indicator: rate,
      points: backlog,
      units,
      periods: ['2024-05', '2024-06'],
    });
    expect(current).toBe('2024-06');
    const alxa = rows.find((row) => row.unit.id === 'alxa')!;
    expect(alxa).toMatchObject({ period: '2024-05', late: true });
    expect(unitFigureWording(alxa, 'zh-CN')).toBe('2024年5月数据');
    expect(rows.filter((row) => row.late)).toHaveLength(1);
  });
});

describe('wording', () => {
  it('labels each target with its kind and due month', () => {
    expect(
      targetWording({ value: 55, due: '2024-06', unitId: null, kind: 'interim' }, '%', 'zh-CN'),
    ).toBe('阶段目标55%（2024年6月）');
    expect(targetWording({ value: 90, due: '2024-06', unitId: null }, '%', 'zh-CN')).toBe(
      '目标90%（2024年6月）',
    );
    expect(targetWording({ value: 85, due: '2024-12', unitId: null }, '%', 'en')).toBe(
      'year-end target 85% (Dec 2024)',
    );
  });

  it('shows a revision with the figure first reported', () => {
    const revised = point('resolved', 'tongliao', '2024-02', 70, {
      revised: true,
      previousValue: 74,
      revisedAt: '2024-04-15',
    });
    expect(revisionWording(revised, '件', 'zh-CN')).toBe(
      '原报74件，更正为70件（2024年4月15日更正）',
    );
    expect(revisionWording({ ...revised, previousValue: undefined }, '件', 'zh-CN')).toBe(
      '已更正（2024年4月15日更正）',
    );
  });

  it('derives the quick groups and their counts from the units', () => {
    const make = (id: string, kind: Unit['kind'], border: boolean): Unit => ({
      id,
      name: id,
      nameEn: id,
      level: 'league-city',
      kind,
      parentId: 'region',
      border,
    });
    const groups = unitGroupsOf(
      [
        make('a', 'city', true),
        make('b', 'city', false),
        make('c', 'league', true),
        make('d', 'city', false),
        make('e', 'city', false),
      ],
      'zh-CN',
    );
    expect(groups.map((group) => group.label)).toEqual(['4个市', '1个盟', '边境盟市（2个）']);
    // A group that is every unit says nothing and is left out.
    expect(unitGroupsOf([make('a', 'city', false), make('b', 'city', false)], 'zh-CN')).toEqual([]);
  });
});

describe('tasks measured by the data', () => {
  const task: Task = {
    id: 'task-backlog-chifeng',
    initiativeId: 'case-resolution',
    title: '赤峰市积案化解率达到阶段目标',
    titleEn: 'Chifeng reaches the interim resolution target',
    owner: '赤峰市委政法委',
    ownerEn: 'Chifeng political-legal committee',
    unitId: 'chifeng',
    due: '2024-06-30',
    status: 'overdue',
    progress: 85,
    measure: { indicatorId: 'rate', target: 55 },
  };
  const points = (value: number) => [point('rate', 'chifeng', '2024-06', value)];

  it('is done when the unit’s figure meets the target, whatever the list said', () => {
    const attainment = attainmentOf(task, rate, points(58.2));
    expect(attainment).toEqual({ value: 58.2, period: '2024-06', met: true });
    expect(withAttainment(task, attainment, '2024-06-30')).toMatchObject({
      status: 'done',
      progress: 100,
    });
  });

  it('is overdue after its due date while the figure is short, with progress as the share reached', () => {
    const attainment = attainmentOf(task, rate, points(44));
    expect(withAttainment(task, attainment, '2024-07-01')).toMatchObject({
      status: 'overdue',
      progress: 80,
    });
    expect(withAttainment(task, attainment, '2024-06-01')).toMatchObject({
      status: 'in-progress',
    });
  });

  it('is rejected by the schema when it is not started yet has progress', () => {
    const parsed = taskSchema.safeParse({ ...task, status: 'not-started', progress: 5 });
    expect(parsed.success).toBe(false);
    expect(taskSchema.safeParse({ ...task, status: 'not-started', progress: 0 }).success).toBe(
      true,
    );
  });
});

describe('unbracketed', () => {
  it('turns a closing remark in brackets into a clause, in either language', () => {
    expect(unbracketed('提高24.4个百分点（按两期均报送的11个盟市计）', 'zh-CN')).toBe(
      '提高24.4个百分点，按两期均报送的11个盟市计',
    );
    // The space before an English bracket goes with the bracket: no " , " in the sentence.
    expect(
      unbracketed('815,079 in total since Jan 2022 (unit-months not reported, left out: 1)', 'en'),
    ).toBe('815,079 in total since Jan 2022, unit-months not reported, left out: 1');
    expect(unbracketed('up 2.6 pp', 'en')).toBe('up 2.6 pp');
  });
});
