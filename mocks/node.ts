import { setupServer } from 'msw/node';
import { generateSampleDataset } from './data/generate-sample';
import { createHandlers } from './handlers';

export const sampleDataset = generateSampleDataset();

/** The same handlers as the browser's, for tests, with no latency. */
export const server = setupServer(...createHandlers({ dataset: sampleDataset }));
