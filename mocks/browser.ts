import { setupWorker } from 'msw/browser';
import type { Dataset } from '@/schemas/api';
import { generateSampleDataset } from './data/generate-sample';
import { createHandlers } from './handlers';

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

/** The embedded default: the sample dataset served in the page by a service worker. */
export async function startMockApi() {
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
