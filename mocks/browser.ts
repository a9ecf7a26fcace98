import { setupWorker } from 'msw/browser';
import { generateSampleDataset } from './data/generate-sample';
import { createHandlers } from './handlers';

/** The embedded default: the sample dataset served in the page by a service worker. */
export async function startMockApi() {
  const worker = setupWorker(
    ...createHandlers({ dataset: generateSampleDataset(), latency: 'real' }),
  );
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
