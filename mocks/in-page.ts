import { getResponse, type RequestHandler } from 'msw';

/** The handlers in place, changed at run time by the end-to-end suite's fault injection. */
export type MockHandlerList = {
  /** Puts handlers in front of the others (the one added last is asked first). */
  use: (...handlers: RequestHandler[]) => void;
  /** Back to the handlers the mock started with. */
  resetHandlers: () => void;
};

/** Each answered request's span, for a benchmark or a reader of the performance timeline. */
export const MOCK_API_MEASURE = 'mock-api';

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
    try {
      const response = await Promise.race([getResponse(handlers, request), aborted]);
      if (!response) return await networkFetch(request);
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    } finally {
      stop();
      performance.measure(`${MOCK_API_MEASURE} ${request.url}`, {
        start: startedAt,
        end: performance.now(),
      });
    }
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
