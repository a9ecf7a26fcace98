import { setNetworkTransport, type LocalTransport } from '@/lib/data-source';
import { connectQueryWorker } from '@/lib/query-engine/query-worker';
import { LARGE_SAMPLE_SIZE, largeSampleRequested } from './data/large-sample';
import type { LargeDatasetOptions } from './data/generate-large';
import { API_PREFIX, createHandlers } from './handlers';
import { answerInPage } from './in-page';
import type { LargeSampleOpened } from './large-engine.worker';
import type { SampleOpened, SampleOrigin } from './sample-engine.worker';

declare global {
  interface Window {
    /** Set by an end-to-end test's init script: serve a generated variant instead of the sample. */
    __mockDataset?: 'few' | 'many';
  }
}

/** The sample, or under WebDriver the variant a test asked for. */
function sampleOrigin(): SampleOrigin {
  const asked = navigator.webdriver ? window.__mockDataset : undefined;
  return asked === 'few' || asked === 'many' ? asked : 'sample';
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

/** The sample generated and indexed by the query engine in a Web Worker, off the page's thread. */
async function startSampleEngine() {
  const worker = new Worker(new URL('./sample-engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  const engine = await connectQueryWorker<SampleOrigin, SampleOpened>(worker, sampleOrigin());
  if (!engine) throw new Error('the sample worker opened no dataset');
  return engine.transport;
}

/** msw's service worker, registered by earlier versions of this page: it is no longer used. */
function forgetOldMockWorker() {
  void navigator.serviceWorker
    ?.getRegistrations()
    .then((registrations) => {
      for (const registration of registrations) {
        const script = (registration.active ?? registration.waiting ?? registration.installing)
          ?.scriptURL;
        if (script?.endsWith('/mockServiceWorker.js')) void registration.unregister();
      }
    })
    .catch(() => {
      // Nothing to forget where service workers are not allowed.
    });
}

/**
 * The embedded default: the REST API answered by msw's handlers in the page (`answerInPage`), each
 * request passed to the query engine in a Web Worker (the sample is generated there too); with
 * `?sample=large` in the address, the large sample from a Web Worker under the API client instead.
 */
export async function startMockApi() {
  forgetOldMockWorker();
  if (largeSampleRequested(window.location.search)) return startLargeSample();
  // The end-to-end suite breaks requests through this hook, loaded beside the rest rather than
  // after it; only in an automated browser whose test set it up (window.__mockApiInitial, even
  // empty), so that a benchmark measures the page users get.
  const faults =
    navigator.webdriver && window.__mockApiInitial !== undefined
      ? import('./fault-injection')
      : null;
  // The page's requests go out as soon as the handlers are in place, while the sample is still
  // generated in its worker: each handler waits out its latency first, and the sample's worker
  // only then.
  const engineReady = startSampleEngine();
  engineReady.catch((error: unknown) => {
    console.error('The sample API worker could not start', error);
  });
  const engine: LocalTransport = async (path, params, signal) => {
    try {
      return await (
        await engineReady
      )(path, params, signal);
    } catch (error) {
      // The sample's worker did not start: every request says so, as an API problem.
      const detail = error instanceof Error ? error.message : String(error);
      return {
        status: 503,
        body: JSON.stringify({ title: 'The sample API is unavailable', status: 503, detail }),
      };
    }
  };
  const handlers = answerInPage(createHandlers({ engine, latency: 'real' }), (url) =>
    url.pathname.includes(API_PREFIX),
  );
  if (faults) (await faults).installFaultInjection(handlers);
}
