import type { Dataset } from '@/schemas/api';
import { generateLargeDataset, type LargeDatasetOptions } from './generate-large';

/**
 * The large sample mode (`?sample=large`): the embedded mock API serves a generated dataset of
 * 1,000 units (the 12 盟市 and 988 旗县 under them) × 40 indicators × 25 months = 1,000,000
 * observations, generated and answered in a Web Worker (mocks/large-engine.worker.ts).
 */
export const LARGE_SAMPLE_SIZE = {
  units: 1000,
  indicators: 40,
  months: 25,
} as const satisfies LargeDatasetOptions;

export const LARGE_SAMPLE_PARAM = 'sample';
export const LARGE_SAMPLE_VALUE = 'large';

/** Whether a page address asks for the large sample. */
export function largeSampleRequested(search: string): boolean {
  return new URLSearchParams(search).get(LARGE_SAMPLE_PARAM) === LARGE_SAMPLE_VALUE;
}

/** The generated dataset, titled so the header says plainly which sample is on screen. */
export function generateLargeSample(size: LargeDatasetOptions = LARGE_SAMPLE_SIZE): Dataset {
  const dataset = generateLargeDataset(size);
  const units = size.units.toLocaleString('en-US');
  return {
    ...dataset,
    meta: {
      ...dataset.meta,
      title: `大规模示例数据：${units}个单位 × ${size.indicators}项指标 × ${size.months}个月`,
      titleEn: `Large sample: ${units} units × ${size.indicators} indicators × ${size.months} months`,
      source: `示例数据（生成，${dataset.observations.length.toLocaleString('en-US')}条观测，数值为虚构）`,
      sourceEn: `Sample data (generated, ${dataset.observations.length.toLocaleString('en-US')} observations; the figures are invented)`,
      version: `large-${size.units}x${size.indicators}x${size.months}`,
      isSample: true,
    },
  };
}
