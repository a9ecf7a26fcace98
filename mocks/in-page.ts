import { getResponse, type RequestHandler } from 'msw';

/** The handlers in place, changed at run time by the end-to-end suite's fault injection. */
export type MockHandlerList = {
  /** Puts handlers in front of the others (the one added last is asked first). */
  use: (...handlers: RequestHandler[]) => void;
  /** Back to the handlers the mock started with. */
  resetHandlers: () => void;
};

/**
 * Each answered request's span (an answer or a network error, not a request cut off), for a
 * benchmark or a reader of the performance timeline; the latest MEASURES_KEPT are kept.
 */
export const MOCK_API_MEASURE = 'mock-api';
const MEASURES_KEPT = 500;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * msw's handlers answering the page's own fetch calls to the API, in the page: no service worker
 * to register and start on a first visit (220–300 ms at CPU ×1 before the first request could
 * leave). Everything else goes to the network as before. A handler's network error becomes a
 * failed fetch, and the caller's signal ends a request at once, as on the network.
 */
export function answerInPage(
  initial: readonly RequestHandler[],
  isApi: (url: URL) => boolean,
): MockHandlerList {
  let handlers = [...initial];
  const networkFetch = window.fetch.bind(window);
  const measured: string[] = [];
  const measure = (url: string, start: number) => {
    const name = `${MOCK_API_MEASURE} ${url}`;
    performance.measure(name, { start, end: performance.now() });
    measured.push(name);
    if (measured.length > MEASURES_KEPT) performance.clearMeasures(measured.shift());
  };

  async function mockFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // Told apart by address alone: a request for the network is passed on untouched (a Request
    // built from it here could use up a streamed body).
    const address = input instanceof Request ? input.url : String(input);
    if (!isApi(new URL(address, window.location.href))) return networkFetch(input, init);
    const request = new Request(input, init);
    const { signal } = request;
    if (signal.aborted) throw abortError(signal);
    const startedAt = performance.now();
    let stop = () => {};
    const aborted = new Promise<never>((_resolve, reject) => {
      const onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      stop = () => signal.removeEventListener('abort', onAbort);
    });
    let response: Response | undefined;
    try {
      response = await Promise.race([getResponse(handlers, request), aborted]);
    } catch (error) {
      if (signal.aborted) throw error;
      // A handler that throws is the server's error, as msw's service worker answered it.
      response = Response.json(
        { title: 'Internal Server Error', status: 500, detail: String(error) },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    } finally {
      stop();
    }
    if (!response) return networkFetch(request);
    measure(request.url, startedAt);
    // What the browser logs for a failed load on the network, since DevTools' Network panel never
    // sees these requests (and the end-to-end suite's guard reads the console).
    if (response.type === 'error') {
      console.error(`Failed to load resource: net::ERR_FAILED (${request.url})`);
      throw new TypeError('Failed to fetch');
    }
    if (!response.ok)
      console.error(
        `Failed to load resource: the server responded with a status of ${response.status} (${request.url})`,
      );
    return response;
  }

  window.fetch = mockFetch;
  return {
    use: (...added) => {
      handlers = [...added, ...handlers];
    },
    resetHandlers: () => {
      handlers = [...initial];
    },
  };
}
