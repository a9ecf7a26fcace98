/// <reference lib="webworker" />
import { serveQueries } from '@/lib/query-engine/query-worker-serve';
import type { Dataset } from '@/schemas/api';
import { generateSampleDataset } from './data/generate-sample';

/** Which generated dataset the embedded API serves: the sample, or a test's variant. */
export type SampleOrigin = 'sample' | 'few' | 'many';
export type SampleOpened = { units: number };

async function generate(origin: SampleOrigin): Promise<Dataset> {
  if (origin === 'sample') return generateSampleDataset();
  // The variants' generator loads only when an end-to-end test asks for one.
  const variants = await import('./data/variant-datasets');
  return origin === 'few'
    ? variants.generateFewUnitsDataset()
    : variants.generateManyUnitsDataset();
}

// The embedded sample is generated and queried here, not on the page: msw's handlers on the page
// (mocks/handlers.ts) pass each request over and return the JSON text this worker answers.
serveQueries<SampleOrigin, SampleOpened>(self, async (origin) => {
  const dataset = await generate(origin);
  return { dataset, opened: { units: dataset.units.length } };
});
