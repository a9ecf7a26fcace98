import { addMonths, monthRange } from '@/lib/periods';
import type { Dataset } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Observation } from '@/schemas/observation';
import type { Unit } from '@/schemas/unit';
import { generateSampleDataset } from './generate-sample';
import { createRandom, round } from './random';
import { leagueCities } from './units';

export type LargeDatasetOptions = {
  seed?: string;
  /** League/city units plus, beyond 12, synthetic counties under them (the deeper level). */
  units: number;
  /** Indicators from the sample catalogue; beyond it, copies with a numbered suffix. */
  indicators: number;
  months: number;
};

const LAST_MONTH = '2024-06';

function syntheticUnits(count: number): Unit[] {
  const sample = generateSampleDataset().units.filter((unit) => unit.level === 'league-city');
  const units = sample.slice(0, Math.min(count, sample.length));
  for (let index = units.length; index < count; index += 1) {
    const parent = leagueCities[index % leagueCities.length];
    if (!parent) break;
    const number = Math.floor(index / leagueCities.length);
    units.push({
      id: `${parent.id}-county-${number}`,
      name: `${parent.name}第${number}旗县`,
      nameEn: `${parent.nameEn} county ${number}`,
      level: 'county',
      kind: 'other',
      parentId: parent.id,
      border: parent.border,
    });
  }
  return units;
}

function syntheticIndicators(count: number): Indicator[] {
  const catalogue = generateSampleDataset().indicators;
  const indicators: Indicator[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = catalogue[index % catalogue.length];
    if (!base) break;
    const copy = Math.floor(index / catalogue.length);
    const suffix = (id: string) => (copy === 0 ? id : `${id}-copy-${copy}`);
    indicators.push({
      ...base,
      id: suffix(base.id),
      name: copy === 0 ? base.name : `${base.name}（${copy}）`,
      rollup:
        base.rollup.method === 'ratio'
          ? {
              ...base.rollup,
              numeratorId: suffix(base.rollup.numeratorId),
              denominatorId: suffix(base.rollup.denominatorId),
            }
          : base.rollup,
    });
  }
  return indicators;
}

/**
 * A dataset of exactly units × indicators × months observations for tests and benchmarks
 * (1,000 units × 40 indicators × 25 months = 1,000,000). Values are a random walk in a range fitting
 * each indicator's unit; they carry no story, only the shape and size of real data.
 */
export function generateLargeDataset(options: LargeDatasetOptions): Dataset {
  const {
    seed = 'large',
    units: unitCount,
    indicators: indicatorCount,
    months: monthCount,
  } = options;
  const sample = generateSampleDataset();
  const units = syntheticUnits(unitCount);
  const indicators = syntheticIndicators(indicatorCount);
  const months = monthRange(addMonths(LAST_MONTH, -(monthCount - 1)), LAST_MONTH);
  const random = createRandom(seed);
  const observations: Observation[] = new Array(units.length * indicators.length * months.length);
  let position = 0;
  for (const indicator of indicators) {
    const isShare = indicator.unit === '%' || indicator.unit === '个百分点';
    // Counts of cases, projects and the like are whole numbers; rates stay within 0–100 %; only a
    // change in 个百分点 may fall below zero.
    const whole = indicator.kind === 'count' && indicator.unit !== '万件';
    const floor = indicator.unit === '%' ? 0 : -50;
    for (const unit of units) {
      let value = isShare ? random.between(30, 90) : random.between(10, 500);
      for (const period of months) {
        value = isShare
          ? Math.min(100, Math.max(floor, value + random.noise(2)))
          : value + random.between(0, 12);
        // One value in a thousand is a gap, as in real reporting.
        const reported = random.next() > 0.001;
        observations[position] = {
          indicatorId: indicator.id,
          unitId: unit.id,
          period,
          value: reported ? (whole ? Math.round(value) : round(value, 1)) : null,
        };
        position += 1;
      }
    }
  }
  return {
    ...sample,
    meta: {
      ...sample.meta,
      firstMonth: months[0] ?? LAST_MONTH,
      lastMonth: LAST_MONTH,
      title: `合成压力测试数据（${position}条观测）`,
      version: `large-${seed}`,
    },
    units: [sample.units[0] as Unit, ...units],
    indicators,
    observations,
    tasks: [],
    narrative: [],
  };
}
