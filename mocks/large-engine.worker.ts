/// <reference lib="webworker" />
import { serveQueries } from '@/lib/query-engine/query-worker-serve';
import type { LargeDatasetOptions } from './data/generate-large';
import { generateLargeSample } from './data/large-sample';

export type LargeSampleOpened = { observations: number; units: number };

// The large sample is generated here, never on the page: a million observation objects and their
// index live in this worker's heap, and the page gets only the JSON answers it asks for.
serveQueries<LargeDatasetOptions, LargeSampleOpened>(self, async (size) => {
  const dataset = generateLargeSample(size);
  return {
    dataset,
    opened: { observations: dataset.observations.length, units: dataset.units.length },
  };
});
