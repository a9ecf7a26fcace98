import type { Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';
import type { Unit } from '@/schemas/unit';
import { baotouSeries, borderSeries, hohhotSeries } from './brand-recipes';
import { generateSampleDataset } from './generate-sample';
import { createRandom } from './random';
import {
  backlogRecipe,
  disputeRecipe,
  finalResolutionRates,
  researchRecipe,
  serviceRecipe,
} from './recipes';
import type { Series } from './series';
import { leagueCities, regionUnit } from './units';

/**
 * Datasets no one tuned the dashboard for. The sample has the real 12 units and tidy months; these
 * have other unit ids and names, another number of units, another range of months, and the
 * flaws that broke figures before: a late report in the latest month, a partial quarter, revisions
 * that carry their earlier figure, names that are long, formula-like, right-to-left or markup, and
 * values up to 10^12. Tests and the end-to-end suite use them beside the sample.
 */
type UnitSpec = Pick<Unit, 'id' | 'name' | 'nameEn' | 'kind' | 'border'> & {
  /** Relative size: scales the synthetic counts. */
  size: number;
  /** The sample unit whose role (pilot brand, recipes) this unit takes over, if any. */
  standsFor?: string;
};

type VariantOptions = {
  seed: string;
  title: string;
  titleEn: string;
  version: string;
  units: UnitSpec[];
  firstMonth: string;
  lastMonth: string;
};

/** Every field of the sample's catalogue that names a unit, remapped to the variant's units. */
function remapCatalogue(
  sample: Dataset,
  idOf: (sampleId: string) => string | undefined,
  units: UnitSpec[],
) {
  // The report's sentences name their unit in the text too ("鄂尔多斯市创新…"): rename it with the id.
  const renames = sample.units.flatMap((unit) => {
    const standIn = units.find((candidate) => candidate.id === idOf(unit.id));
    return standIn
      ? [
          [unit.name, standIn.name],
          [unit.nameEn, standIn.nameEn],
        ]
      : [];
  });
  const renamed = (text: string) =>
    renames.reduce((result, [from, to]) => result.split(from as string).join(to as string), text);
  const keep = (id: string | null) => id === null || idOf(id) !== undefined;
  const map = (id: string | null) => (id === null ? null : (idOf(id) ?? null));
  const indicators = sample.indicators.map((indicator) => {
    const scope = indicator.scopeUnitIds?.flatMap((id) => idOf(id) ?? []);
    return {
      ...indicator,
      targets: indicator.targets
        .filter((target) => keep(target.unitId))
        .map((target) => ({ ...target, unitId: map(target.unitId) })),
      ...(indicator.scopeUnitIds && { scopeUnitIds: scope && scope.length > 0 ? scope : [] }),
    };
  });
  return {
    // An indicator whose scope lost all its units has nothing to show in this dataset.
    indicators: indicators.filter((indicator) => indicator.scopeUnitIds?.length !== 0),
    initiatives: sample.initiatives.map((initiative) => ({
      ...initiative,
      ownerUnitId: map(initiative.ownerUnitId),
    })),
    tasks: sample.tasks
      .filter((task) => keep(task.unitId))
      .map((task) => ({ ...task, unitId: map(task.unitId) })),
    narrative: sample.narrative
      .filter((sentence) => sentence.bindings.every((binding) => keep(binding.unitId)))
      .map((sentence) => ({
        ...sentence,
        text: renamed(sentence.text),
        textEn: renamed(sentence.textEn),
        bindings: sentence.bindings.map((binding) => ({ ...binding, unitId: map(binding.unitId) })),
      })),
  };
}

function buildVariant(options: VariantOptions): Dataset {
  const sample = generateSampleDataset(options.seed);
  const byRole = new Map(
    options.units.flatMap((unit) => (unit.standsFor ? [[unit.standsFor, unit.id] as const] : [])),
  );
  const catalogue = remapCatalogue(sample, (id) => byRole.get(id), options.units);
  const indicatorIds = new Set(catalogue.indicators.map((indicator) => indicator.id));
  const observations: Observation[] = [];
  const add = (unitId: string, seriesById: Record<string, Series>) => {
    for (const [indicatorId, series] of Object.entries(seriesById)) {
      if (!indicatorIds.has(indicatorId)) continue;
      for (const [period, value] of series) {
        if (period < options.firstMonth || period > options.lastMonth) continue;
        observations.push({ indicatorId, unitId, period, value });
      }
    }
  };
  options.units.forEach((unit, index) => {
    const stream = (name: string) => createRandom(`${options.seed}:${name}:${unit.id}`);
    // Recipes key a few special figures (Ordos' 3.65万件) by the sample unit they stand for.
    const recipeId = unit.standsFor ?? unit.id;
    const rate = finalResolutionRates[index % finalResolutionRates.length] ?? 0.6;
    add(unit.id, researchRecipe(recipeId, unit.size, stream('research')));
    add(unit.id, backlogRecipe(rate)(recipeId, unit.size, stream('backlog')));
    add(unit.id, disputeRecipe(recipeId, unit.size, stream('disputes')));
    add(unit.id, serviceRecipe(recipeId, unit.size, stream('services')));
    if (unit.border) add(unit.id, borderSeries(unit.size, stream('border')));
    if (unit.standsFor === 'hohhot') add(unit.id, hohhotSeries(stream('brand')));
    if (unit.standsFor === 'baotou') add(unit.id, baotouSeries(stream('brand')));
  });
  const lastDay = new Date(
    Date.UTC(Number(options.lastMonth.slice(0, 4)), Number(options.lastMonth.slice(5, 7)), 0),
  );
  return {
    meta: {
      ...sample.meta,
      title: options.title,
      titleEn: options.titleEn,
      asOf: lastDay.toISOString().slice(0, 10),
      firstMonth: options.firstMonth,
      lastMonth: options.lastMonth,
      version: options.version,
      // Still invented figures: everything showing them must say 示例数据.
      isSample: true,
    },
    units: [
      regionUnit,
      ...options.units.map(({ size: _size, standsFor: _standsFor, ...unit }) => ({
        ...unit,
        level: 'league-city' as const,
        parentId: regionUnit.id,
      })),
    ],
    ...catalogue,
    observations,
  };
}

const findObservation = (
  dataset: Dataset,
  key: { indicatorId: string; unitId: string; period: string },
) =>
  dataset.observations.find(
    (item) =>
      item.indicatorId === key.indicatorId &&
      item.unitId === key.unitId &&
      item.period === key.period,
  );

export const FEW_UNITS_LATE_UNIT = 'beihu';
export const FEW_UNITS_LAST_MONTH = '2024-05';

/**
 * Five units under other names, 2023-01 to 2024-05 (so 2024-Q2 is a partial quarter):
 * 北湖盟 has not reported May yet (its last report is April), 金沙市 missed March (2024-Q1 is
 * incomplete for it), and two figures were revised, carrying the figure first reported.
 */
export function generateFewUnitsDataset(): Dataset {
  const dataset = buildVariant({
    seed: 'variant-few',
    title: '五盟市试点进展监测（生成数据）',
    titleEn: 'Five-unit pilot progress monitor (generated data)',
    version: 'variant-few-1',
    firstMonth: '2023-01',
    lastMonth: FEW_UNITS_LAST_MONTH,
    units: [
      {
        id: 'qingshan',
        name: '青山市',
        nameEn: 'Qingshan',
        kind: 'city',
        border: false,
        size: 1.4,
        standsFor: 'hohhot',
      },
      {
        id: 'baiyun',
        name: '白云市',
        nameEn: 'Baiyun',
        kind: 'city',
        border: true,
        size: 1.1,
        standsFor: 'baotou',
      },
      {
        id: 'jinsha',
        name: '金沙市',
        nameEn: 'Jinsha',
        kind: 'city',
        border: false,
        size: 0.5,
        standsFor: 'wuhai',
      },
      {
        id: 'caoyuan',
        name: '草原市',
        nameEn: 'Caoyuan',
        kind: 'city',
        border: false,
        size: 1.0,
        standsFor: 'ordos',
      },
      {
        id: FEW_UNITS_LATE_UNIT,
        name: '北湖盟',
        nameEn: 'Beihu League',
        kind: 'league',
        border: true,
        size: 0.6,
        standsFor: 'xilingol',
      },
    ],
  });
  // The late report: the unit's latest month is not in yet.
  for (const observation of dataset.observations) {
    if (observation.unitId === FEW_UNITS_LATE_UNIT && observation.period === FEW_UNITS_LAST_MONTH) {
      observation.value = null;
      observation.note = '未按时报送';
    }
  }
  // A missed month inside a quarter.
  for (const observation of dataset.observations) {
    if (observation.unitId === 'jinsha' && observation.period === '2024-03') {
      observation.value = null;
      observation.note = '数据缺报';
    }
  }
  const revisions = [
    {
      indicatorId: 'backlog-resolved',
      unitId: 'caoyuan',
      period: '2024-02',
      revisedAt: '2024-04-10',
    },
    {
      indicatorId: 'disputes-diverted',
      unitId: 'qingshan',
      period: '2024-01',
      revisedAt: '2024-03-05',
    },
  ];
  for (const revision of revisions) {
    const observation = findObservation(dataset, revision);
    if (!observation || observation.value === null) continue;
    const previousValue = Math.round(observation.value * 1.08 * 100) / 100;
    Object.assign(observation, {
      revised: true,
      previousValue,
      revisedAt: revision.revisedAt,
      note: `${revision.revisedAt.slice(0, 4)}年${Number(revision.revisedAt.slice(5, 7))}月更正：原报数含重复统计`,
    });
  }
  return dataset;
}

/** Names that break layouts and naive code: long, formula-like, right-to-left, emoji, markup, quotes. */
const hostileNames: Array<[string, string]> = [
  [
    '锡林郭勒盟二连浩特市边境经济合作区管理委员会政法工作专班（试点）',
    'Erenhot Border Economic Cooperation Zone Administrative Committee Political-Legal Task Force (Pilot)',
  ],
  ['=HYPERLINK("http://x","点击")', '=HYPERLINK("http://x","click")'],
  ['+1市', '+1 City'],
  ['-2盟', '-2 League'],
  ['@SUM(A1)市', '@SUM(A1) City'],
  ['مدينة الاختبار', 'مدينة الاختبار'],
  ['עיר הבדיקה', 'עיר הבדיקה'],
  ['🏙️数字城市', '🏙️ Digital City'],
  ['<img src=x onerror=alert(1)>旗', '<img src=x onerror=alert(1)> Banner'],
  ['"引号"市, 逗号', '"Quoted" City, comma'],
  [
    '阿拉善盟额济纳旗达来呼布镇东风航天城社区网格化服务管理中心',
    'Ejin Banner Dalaihob Town Dongfeng Space City Community Grid Service Centre',
  ],
  ['\u202e倒序市', '\u202eReversed City'],
];

const sampleRoles = leagueCities.map((unit) => unit.id);

/**
 * Forty units with hostile names and counts from a few dozen to about 10^12: the first twelve take
 * over the sample units' roles (pilot brands, border villages), the rest are plain cities and leagues.
 */
export function generateManyUnitsDataset(): Dataset {
  const units: UnitSpec[] = Array.from({ length: 40 }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    const [name, nameEn] = hostileNames[index] ?? [
      `第${number}${index % 3 === 0 ? '盟' : '市'}`,
      `Unit ${number}${index % 3 === 0 ? ' League' : ' City'}`,
    ];
    // Sizes span ten orders of magnitude; unit 05 reaches counts near 10^12.
    const size =
      index === 4 ? 8e9 : index === 9 ? 3e6 : index % 7 === 0 ? 0.05 : 0.5 + (index % 5) * 0.4;
    const role = sampleRoles[index];
    return {
      id: `u${number}`,
      name,
      nameEn,
      kind: index % 3 === 0 ? 'league' : 'city',
      border: index % 4 === 0,
      size,
      ...(role && { standsFor: role }),
    };
  });
  return buildVariant({
    seed: 'variant-many',
    title: '四十单位压力测试（生成数据）',
    titleEn: 'Forty-unit stress test (generated data)',
    version: 'variant-many-1',
    firstMonth: '2022-01',
    lastMonth: '2024-06',
    units,
  });
}
