import type { Indicator } from '@/schemas/indicator';

type Definition = Omit<Indicator, 'rollup' | 'targets' | 'direction'> &
  Partial<Pick<Indicator, 'rollup' | 'targets' | 'direction'>>;

const define = (definition: Definition): Indicator => ({
  direction: 'higher-better',
  targets: [],
  rollup: definition.kind === 'count' ? { method: 'sum' } : { method: 'mean' },
  ...definition,
});

/** When counting began: the research phase, the backlog campaign, the brands' launches. */
const RESEARCH_SINCE = '2023-04';
const CAMPAIGN_SINCE = '2023-06';
const BRANDS_SINCE = '2023-01';

const researchCount = (id: string, name: string, nameEn: string, unit: Indicator['unit']) =>
  define({
    id,
    initiativeId: 'research',
    name,
    nameEn,
    unit,
    definition: `主题教育开展以来累计${name}数量，按盟市委政法委报送口径统计。`,
    definitionEn: `Cumulative count since the campaign began, as reported by each unit's committee.`,
    kind: 'count',
    accumulation: 'cumulative',
    since: RESEARCH_SINCE,
  });

const catalogue: Indicator[] = [
  researchCount('research-topics', '调研课题', 'Research topics', '个'),
  researchCount('case-dissections', '典型案例解剖式调研', 'Case dissection studies', '次'),
  researchCount('problems-sorted', '梳理问题', 'Problems identified', '项'),
  researchCount('measures-formed', '形成解决措施', 'Measures formed', '条'),
  researchCount('research-reports', '调研报告', 'Research reports', '篇'),
  researchCount('documents-drafted', '起草文件', 'Documents drafted', '件'),
  researchCount('experiences-converted', '典型经验转化', 'Pilot experiences scaled up', '个'),

  define({
    id: 'backlog-assigned',
    initiativeId: 'case-resolution',
    name: '交办积案',
    nameEn: 'Backlog cases assigned',
    unit: '件',
    definition: '专项行动交办的涉法涉诉信访积案总数（含行动期间新增交办）。',
    definitionEn:
      'Law-related petition backlog cases assigned in the campaign, including later additions.',
    kind: 'count',
    accumulation: 'level',
  }),
  define({
    id: 'backlog-resolved',
    initiativeId: 'case-resolution',
    name: '已化解积案',
    nameEn: 'Backlog cases resolved',
    unit: '件',
    definition: '累计化解的交办积案数，以案结事了、息诉罢访为化解标准。',
    definitionEn:
      'Cumulative assigned cases resolved: the case closed and the petitioner has stopped petitioning.',
    kind: 'count',
    accumulation: 'cumulative',
    since: CAMPAIGN_SINCE,
  }),
  define({
    id: 'backlog-resolution-rate',
    initiativeId: 'case-resolution',
    name: '积案化解率',
    nameEn: 'Backlog resolution rate',
    unit: '%',
    definition:
      '化解率 = 累计已化解积案 ÷ 交办积案 × 100%。多个盟市合计时按件数重新计算，不取平均。',
    definitionEn:
      'Resolution rate = cumulative cases resolved ÷ cases assigned × 100%. Combined units are recomputed from the counts, not averaged.',
    kind: 'rate',
    accumulation: 'level',
    // A rate of counts accumulated since the campaign's launch: no 同比 reaches across it either.
    since: CAMPAIGN_SINCE,
    rollup: {
      method: 'ratio',
      numeratorId: 'backlog-resolved',
      denominatorId: 'backlog-assigned',
      scale: 100,
    },
    // The campaign's milestones: 30 % by the end of 2023, 55 % by mid-2024, 85 % by the end of 2024.
    targets: [
      { value: 30, due: '2023-12', unitId: null, kind: 'interim', from: CAMPAIGN_SINCE },
      { value: 55, due: '2024-06', unitId: null, kind: 'interim', from: CAMPAIGN_SINCE },
      { value: 85, due: '2024-12', unitId: null, kind: 'final', from: CAMPAIGN_SINCE },
    ],
  }),
  define({
    id: 'leader-handled',
    initiativeId: 'case-resolution',
    name: '领导包案',
    nameEn: 'Cases taken by leaders',
    unit: '件',
    definition: '政法各单位主要领导包联协调、亲自牵头包案办理的积案数（累计）。',
    definitionEn:
      'Cumulative backlog cases taken personally by the heads of political-legal bodies.',
    kind: 'count',
    accumulation: 'cumulative',
    since: CAMPAIGN_SINCE,
  }),
  define({
    id: 'multi-year-backlog',
    initiativeId: 'case-resolution',
    name: '三年以上积案存量',
    nameEn: 'Backlog cases over three years old',
    unit: '件',
    definition: '月末尚未化解、信访时间在三年以上的积案数。',
    definitionEn: 'Unresolved backlog cases older than three years at month end.',
    kind: 'count',
    accumulation: 'level',
    direction: 'lower-better',
  }),
  define({
    id: 'first-petition-rate',
    initiativeId: 'case-resolution',
    name: '初次信访一次性化解率',
    nameEn: 'First-petition one-time resolution rate',
    unit: '%',
    definition: '当月初次信访事项中一次性化解、未再重复信访的比例。',
    definitionEn:
      'Share of first-time petitions in the month resolved at once, without a repeat petition.',
    kind: 'rate',
    accumulation: 'level',
    // Only the units' rates are reported, not the petitions behind them: combined, an unweighted mean.
    rollup: { method: 'mean' },
    targets: [{ value: 90, due: '2024-12', unitId: null, kind: 'final', from: '2024-01' }],
  }),

  define({
    id: 'disputes-diverted',
    initiativeId: 'dispute-diversion',
    name: '分流化解矛盾纠纷',
    nameEn: 'Disputes diverted and resolved before court',
    unit: '万件',
    definition: '当月经诉前分流、在诉讼程序外化解的矛盾纠纷数量，单位万件。',
    definitionEn:
      'Disputes diverted and resolved outside litigation in the month, in units of 10,000.',
    kind: 'count',
    accumulation: 'per-period',
    // The report states it as a total since launch ("运行以来…X.X万件").
    since: '2022-01',
  }),
  define({
    id: 'new-court-cases-yoy',
    initiativeId: 'dispute-diversion',
    name: '新收案件同比',
    nameEn: 'New court cases, year on year',
    unit: '%',
    definition: '年初至当月法院新收案件数与上年同期相比的增减幅度，负值为下降。',
    definitionEn:
      'Change of new court cases, year to date against the same period last year; negative is a fall.',
    kind: 'change',
    // A change of each unit's own figures: averaging them across units means nothing.
    rollup: { method: 'none' },
    accumulation: 'level',
    direction: 'lower-better',
  }),
  define({
    id: 'court-closure-rate',
    initiativeId: 'dispute-diversion',
    name: '法院结案率',
    nameEn: 'Court closure rate',
    unit: '%',
    definition: '年初至当月结案数 ÷（旧存 + 新收）× 100%。',
    definitionEn: 'Cases closed year to date ÷ (cases pending + new cases) × 100%.',
    kind: 'rate',
    accumulation: 'level',
    rollup: { method: 'mean' },
    reference: {
      value: 93.9,
      label: '2022年全区法院结案率93.9%',
      labelEn: 'the regional courts’ 2022 closure rate of 93.9%',
    },
  }),
  define({
    id: 'closure-rate-change',
    initiativeId: 'dispute-diversion',
    name: '结案率同比变化',
    nameEn: 'Closure rate change, year on year',
    unit: '个百分点',
    definition: '法院结案率与上年同期之差，单位个百分点。',
    definitionEn: 'Court closure rate minus the same month last year, in percentage points.',
    kind: 'change',
    // A change of each unit's own figures: averaging them across units means nothing.
    rollup: { method: 'none' },
    accumulation: 'level',
  }),
  define({
    id: 'petition-cases-yoy',
    initiativeId: 'dispute-diversion',
    name: '信访案件同比',
    nameEn: 'Petition cases, year on year',
    unit: '%',
    definition: '年初至当月涉法涉诉信访案件数与上年同期相比的增减幅度。',
    definitionEn:
      'Change of law-related petitions, year to date against the same period last year.',
    kind: 'change',
    // A change of each unit's own figures: averaging them across units means nothing.
    rollup: { method: 'none' },
    accumulation: 'level',
    direction: 'lower-better',
  }),

  define({
    id: 'online-items-increase',
    initiativeId: 'smart-governance',
    name: '全程网办事项量提升率',
    nameEn: 'Increase in fully-online items',
    unit: '%',
    definition: '全程网办事项数较2022年末基数的增幅。',
    definitionEn: 'Growth of items handled fully online over the end-2022 baseline.',
    kind: 'change',
    accumulation: 'level',
  }),
  define({
    id: 'e-licence-items-increase',
    initiativeId: 'smart-governance',
    name: '电子证照关联事项量提升率',
    nameEn: 'Increase in e-licence linked items',
    unit: '%',
    definition: '关联电子证照的政务服务事项数较2022年末基数的增幅。',
    definitionEn:
      'Growth of service items linked to electronic licences over the end-2022 baseline.',
    kind: 'change',
    accumulation: 'level',
  }),
  define({
    id: 'instant-items-increase',
    initiativeId: 'smart-governance',
    name: '即办件提升率',
    nameEn: 'Increase in on-the-spot items',
    unit: '%',
    definition: '即来即办事项数较2022年末基数的增幅。',
    definitionEn: 'Growth of items settled on the spot over the end-2022 baseline.',
    kind: 'change',
    accumulation: 'level',
  }),
  define({
    id: 'time-limit-compression',
    initiativeId: 'smart-governance',
    name: '承诺时限压缩率',
    nameEn: 'Promised time-limit compression',
    unit: '%',
    definition: '（法定时限 − 承诺时限）÷ 法定时限 × 100%，按事项平均。',
    definitionEn:
      '(statutory limit − promised limit) ÷ statutory limit × 100%, averaged over items.',
    kind: 'rate',
    accumulation: 'level',
    targets: [{ value: 50, due: '2024-12', unitId: null, kind: 'final' }],
  }),
  define({
    id: 'fully-online-rate',
    initiativeId: 'smart-governance',
    name: '全程网办率',
    nameEn: 'Share of items fully online',
    unit: '%',
    definition: '可全程网上办理的政务服务事项占全部事项的比例。',
    definitionEn: 'Share of government service items that can be handled fully online.',
    kind: 'rate',
    accumulation: 'level',
    targets: [{ value: 85, due: '2023-12', unitId: null, kind: 'final' }],
  }),

  define({
    id: 'convention-revision-rate',
    initiativeId: 'moral-governance',
    name: '村（居）民公约制定修订率',
    nameEn: 'Village and resident conventions revised',
    unit: '%',
    definition: '已制定或修订村规民约、居民公约的社区村占全部社区村的比例。',
    definitionEn:
      'Share of villages and communities whose conventions have been drawn up or revised.',
    kind: 'rate',
    accumulation: 'level',
    targets: [{ value: 100, due: '2023-12', unitId: 'hohhot', kind: 'final' }],
  }),
  define({
    id: 'family-education-stations',
    initiativeId: 'moral-governance',
    name: '家庭教育指导服务站',
    nameEn: 'Family-education guidance stations',
    unit: '个',
    definition: '挂牌运行的城乡社区家庭教育指导服务站数（累计）。',
    definitionEn:
      'Family-education guidance stations opened in urban and rural communities (cumulative).',
    kind: 'count',
    accumulation: 'cumulative',
  }),
  define({
    id: 'hero-squads',
    initiativeId: 'moral-governance',
    name: '英模中队',
    nameEn: 'Hero squads',
    unit: '支',
    definition: '中小学命名的英模中队数（累计）。',
    definitionEn: 'School squads named after national heroes (cumulative).',
    kind: 'count',
    accumulation: 'cumulative',
  }),
  define({
    id: 'leifeng-squads',
    initiativeId: 'moral-governance',
    name: '雷锋中队',
    nameEn: 'Lei Feng squads',
    unit: '支',
    definition: '中小学命名的雷锋中队数（累计）。',
    definitionEn: 'School squads named after Lei Feng (cumulative).',
    kind: 'count',
    accumulation: 'cumulative',
  }),

  define({
    id: 'power-items-listed',
    initiativeId: 'service-satisfaction',
    name: '市本级行政权力事项',
    nameEn: 'City-level administrative power items listed',
    unit: '项',
    definition: '动态调整后公布的市本级行政权力事项数。',
    definitionEn: 'City-level administrative power items in the published list after adjustment.',
    kind: 'count',
    accumulation: 'level',
  }),
  define({
    id: 'items-delegated',
    initiativeId: 'service-satisfaction',
    name: '取消下放划转事项',
    nameEn: 'Items cancelled, delegated or transferred',
    unit: '项',
    definition: '累计取消、下放、划转的行政权力事项数。',
    definitionEn: 'Administrative power items cancelled, delegated or transferred (cumulative).',
    kind: 'count',
    accumulation: 'cumulative',
  }),
  define({
    id: 'items-must-enter',
    initiativeId: 'service-satisfaction',
    name: '“应进必进”事项',
    nameEn: 'Items moved into service halls',
    unit: '项',
    definition: '按“应进必进”要求进驻政务服务大厅的事项数。',
    definitionEn: 'Items brought into government service halls as required.',
    kind: 'count',
    accumulation: 'level',
  }),
  define({
    id: 'cross-city-items',
    initiativeId: 'service-satisfaction',
    name: '“四市互办”事项',
    nameEn: 'Items handled across four cities',
    unit: '项',
    definition: '可在呼包鄂乌四市互相办理的事项数。',
    definitionEn: 'Items that can be handled in any of the four neighbouring cities.',
    kind: 'count',
    accumulation: 'level',
  }),
  define({
    id: 'mobile-items',
    initiativeId: 'service-satisfaction',
    name: '“指尖办”高频事项',
    nameEn: 'High-frequency items on mobile',
    unit: '项',
    definition: '可在手机端“指尖办”“一次办好”的高频事项数。',
    definitionEn: 'High-frequency items that can be done on a phone in one go.',
    kind: 'count',
    accumulation: 'level',
  }),
  define({
    id: 'processing-time-cut',
    initiativeId: 'service-satisfaction',
    name: '办理时限压缩',
    nameEn: 'Processing time cut',
    unit: '%',
    definition: '事项平均办理时限较改革前压缩的比例。',
    definitionEn: 'Reduction of the average processing time against before the reform.',
    kind: 'rate',
    accumulation: 'level',
    targets: [{ value: 50, due: '2024-12', unitId: 'baotou', kind: 'final' }],
  }),

  define({
    id: 'border-villages-covered',
    initiativeId: 'border-governance',
    name: '“三务合一”覆盖边境嘎查村（社区）',
    nameEn: 'Border villages covered',
    unit: '个',
    definition: '实现党务、村务、警务合一的边境嘎查村（社区）数（累计）。',
    definitionEn:
      'Border villages and communities covered by joint party, village and police work (cumulative).',
    kind: 'count',
    accumulation: 'cumulative',
  }),
];

/**
 * A city brand's indicators belong to the city that built it (DOMAIN.md: the e-service rates are the
 * smart-governance city's, 三务合一 one city's border villages): shown for that city only, never
 * as a regional figure. Dispute diversion is the exception: the region rolled out Ordos's mechanism,
 * so every unit reports those figures. Counts run from the brand's launch; a rate of one city
 * without its counts does not combine.
 */
const brandOwners: Record<string, { unitId: string; since: string }> = {
  'moral-governance': { unitId: 'hohhot', since: BRANDS_SINCE },
  'service-satisfaction': { unitId: 'baotou', since: BRANDS_SINCE },
  'smart-governance': { unitId: 'wuhai', since: BRANDS_SINCE },
  'border-governance': { unitId: 'bayannur', since: '2023-04' },
};

export const sampleIndicators: Indicator[] = catalogue.map((indicator) => {
  const owner = brandOwners[indicator.initiativeId];
  if (!owner) return indicator;
  return {
    ...indicator,
    scopeUnitIds: [owner.unitId],
    ...(indicator.kind !== 'count' && { rollup: { method: 'none' } as const }),
    ...(indicator.accumulation === 'cumulative' && { since: owner.since }),
  };
});
