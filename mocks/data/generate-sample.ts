import type { Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';
import { baotouSeries, borderSeries, hohhotSeries } from './brand-recipes';
import { countyObservations, countyUnitsOf } from './counties';
import { sampleIndicators } from './indicators';
import { sampleInitiatives } from './initiatives';
import { sampleNarrative } from './narrative';
import { createRandom } from './random';
import {
  backlogRecipe,
  disputeRecipe,
  finalResolutionRates,
  researchRecipe,
  serviceRecipe,
} from './recipes';
import { sampleMonths, type Series } from './series';
import { sampleTasks } from './tasks';
import { leagueCities, sampleUnits } from './units';

const ownerOf = (initiativeId: string) =>
  sampleInitiatives.find((initiative) => initiative.id === initiativeId)?.ownerUnitId;

export const DEFAULT_SEED = 'inner-mongolia-2024';

/** Real data is never clean: these gaps and revisions are part of the sample on purpose. */
const gaps = [
  { indicatorId: 'backlog-resolved', unitId: 'ulanqab', period: '2024-03', note: '未按时报送' },
  {
    indicatorId: 'backlog-resolution-rate',
    unitId: 'ulanqab',
    period: '2024-03',
    note: '未按时报送',
  },
  { indicatorId: 'disputes-diverted', unitId: 'alxa', period: '2023-08', note: '数据缺报' },
  // A late report in the latest month: Xilingol's June backlog figures are not in yet.
  ...['backlog-assigned', 'backlog-resolved', 'backlog-resolution-rate', 'leader-handled'].map(
    (indicatorId) => ({ indicatorId, unitId: 'xilingol', period: '2024-06', note: '未按时报送' }),
  ),
];
const revisions = [
  {
    indicatorId: 'backlog-resolved',
    unitId: 'tongliao',
    period: '2024-02',
    note: '2024年4月更正：原报数含重复统计',
    // The figure first published, before the duplicates were taken out.
    previousBy: 6,
    revisedAt: '2024-04-15',
  },
  {
    indicatorId: 'power-items-listed',
    unitId: 'baotou',
    period: '2023-09',
    note: '2023年11月更正清单口径',
    previousBy: 64,
    revisedAt: '2023-11-10',
  },
];

function shuffled<T>(items: T[], random: ReturnType<typeof createRandom>): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random.next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * The embedded sample: the 12 units with invented figures in the published ranges, from a seed, and
 * below two of them their counties (旗县市区), whose figures are the city's split up.
 */
export function generateSampleDataset(seed: string = DEFAULT_SEED): Dataset {
  const rates = shuffled(finalResolutionRates, createRandom(`${seed}:rates`));
  const observations: Observation[] = [];
  const add = (unitId: string, seriesById: Record<string, Series>) => {
    for (const [indicatorId, series] of Object.entries(seriesById)) {
      for (const [period, value] of series)
        observations.push({ indicatorId, unitId, period, value });
    }
  };

  leagueCities.forEach((unit, index) => {
    // Each recipe draws from its own stream, so that changing one recipe leaves the others' figures alone.
    const stream = (name: string) => createRandom(`${seed}:${name}:${unit.id}`);
    add(unit.id, researchRecipe(unit.id, unit.size, stream('research')));
    add(unit.id, backlogRecipe(rates[index] ?? 0.6)(unit.id, unit.size, stream('backlog')));
    add(unit.id, disputeRecipe(unit.id, unit.size, stream('disputes')));
    // A city brand's figures exist only in the city that built it.
    if (unit.id === ownerOf('smart-governance'))
      add(unit.id, serviceRecipe(unit.id, unit.size, stream('services')));
    if (unit.id === ownerOf('border-governance'))
      add(unit.id, borderSeries(unit.size, stream('border')));
  });
  add('hohhot', hohhotSeries(createRandom(`${seed}:brand:hohhot`)));
  add('baotou', baotouSeries(createRandom(`${seed}:brand:baotou`)));

  const find = (key: { indicatorId: string; unitId: string; period: string }) =>
    observations.find(
      (item) =>
        item.indicatorId === key.indicatorId &&
        item.unitId === key.unitId &&
        item.period === key.period,
    );
  for (const gap of gaps) {
    const observation = find(gap);
    if (observation) Object.assign(observation, { value: null, note: gap.note });
  }
  for (const revision of revisions) {
    const observation = find(revision);
    // The stored figure is the corrected one; the flag tells readers it replaced a published figure.
    if (observation)
      Object.assign(observation, {
        revised: true,
        note: revision.note,
        previousValue: observation.value === null ? null : observation.value + revision.previousBy,
        revisedAt: revision.revisedAt,
      });
  }

  // After the gaps and revisions: a county's figures are its city's as published.
  const cityUnits = sampleUnits.filter((unit) => unit.level === 'league-city');
  const counties = countyUnitsOf(cityUnits);
  for (const parentId of new Set(counties.map((county) => county.parentId ?? '')))
    observations.push(...countyObservations(parentId, observations, sampleIndicators, seed));

  return {
    meta: {
      title: '党委政法委主题教育专题活动进展监测',
      titleEn: 'Political-legal committee campaign progress monitor',
      asOf: '2024-06-30',
      firstMonth: sampleMonths[0] ?? '2022-01',
      lastMonth: sampleMonths.at(-1) ?? '2024-06',
      source: '示例数据（据阶段性工作报告结构合成，数值为虚构）',
      sourceEn:
        'Sample data (synthesised on the structure of the phased work report; figures are invented)',
      version: `sample-1 (${seed})`,
      isSample: true,
    },
    units: [...sampleUnits, ...counties],
    initiatives: sampleInitiatives,
    indicators: sampleIndicators,
    observations,
    tasks: sampleTasks,
    narrative: sampleNarrative,
  };
}
