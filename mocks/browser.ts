import { setupWorker } from 'msw/browser';
import type { Dataset } from '@/schemas/api';
import { generateSampleDataset } from './data/generate-sample';
import { setNetworkTransport } from '@/lib/data-source';
import { connectQueryWorker } from '@/lib/query-engine/query-worker';
import { LARGE_SAMPLE_SIZE, largeSampleRequested } from './data/large-sample';
import type { LargeDatasetOptions } from './data/generate-large';
import { createHandlers } from './handlers';
import type { LargeSampleOpened } from './large-engine.worker';

declare global {
  interface Window {
    /** Set by an end-to-end test's init script: serve a generated variant instead of the sample. */
    __mockDataset?: 'few' | 'many';
  }
}

/** The sample, or under WebDriver the variant a test asked for (its generator loads only then). */
async function mockDataset(): Promise<Dataset> {
  if (navigator.webdriver && window.__mockDataset) {
    const variants = await import('./data/variant-datasets');
    if (window.__mockDataset === 'few') return variants.generateFewUnitsDataset();
    if (window.__mockDataset === 'many') return variants.generateManyUnitsDataset();
  }
  return generateSampleDataset();
}

/**
 * The large sample (`?sample=large`): generated and answered by the query engine in a Web Worker,
 * plugged in under the API client in place of the network, so no chart knows the difference.
 */
async function startLargeSample() {
  const worker = new Worker(new URL('./large-engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  const engine = await connectQueryWorker<LargeDatasetOptions, LargeSampleOpened>(
    worker,
    LARGE_SAMPLE_SIZE,
  );
  if (!engine) throw new Error('the large sample worker opened no dataset');
  setNetworkTransport(`sample-large:${engine.opened.observations}`, engine.transport);
}

/**
 * The embedded default: the sample dataset served in the page by a service worker; with
 * `?sample=large` in the address, the large sample from a Web Worker instead.
 */
export async function startMockApi() {
  if (largeSampleRequested(window.location.search)) return startLargeSample();
  const worker = setupWorker(...createHandlers({ dataset: await mockDataset(), latency: 'real' }));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest(request, print) {
      // Assets and the page itself go to the server; only an unknown API call is worth a warning.
      if (new URL(request.url).pathname.includes('/api/')) print.warning();
    },
  });
  // The end-to-end suite breaks requests through this hook; only an automated browser gets it.
  if (navigator.webdriver) {
    const { installFaultInjection } = await import('./fault-injection');
    installFaultInjection(worker);
  }
}
