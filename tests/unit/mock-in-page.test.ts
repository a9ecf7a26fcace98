import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerInPage, MOCK_API_MEASURE } from '@mocks/in-page';

// msw's handlers answering the page's own fetch calls (the embedded mock API without a service
// worker): API requests meet the handlers, anything else the network, as on a real server.

const api = (path: string) => `${window.location.origin}/api/v1${path}`;
const isApi = (url: URL) => url.pathname.includes('/api/v1');

describe('answerInPage', () => {
  const originalFetch = window.fetch;
  let network: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    network = vi.fn(() => Promise.resolve(new Response('from the network', { status: 200 })));
    window.fetch = network as unknown as typeof window.fetch;
    performance.clearMeasures();
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it("answers the API's requests with the handlers and passes everything else to the network", async () => {
    answerInPage(
      [http.get('*/api/v1/units', ({ request }) => HttpResponse.json({ asked: request.url }))],
      isApi,
    );
    const response = await fetch(api('/units?level=2'), {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ asked: api('/units?level=2') });
    expect(network).not.toHaveBeenCalled();

    const asset = await fetch(`${window.location.origin}/app-config.json`);
    expect(await asset.text()).toBe('from the network');
    expect(network).toHaveBeenCalledTimes(1);

    // Each answered request is on the performance timeline, for the benchmark to count.
    const measures = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith(MOCK_API_MEASURE));
    expect(measures.map((entry) => entry.name)).toEqual([
      `${MOCK_API_MEASURE} ${api('/units?level=2')}`,
    ]);
  });

  it('passes a request for the network on untouched: its streamed body unread, a relative address as given', async () => {
    answerInPage([http.post('*/api/v1/units', () => HttpResponse.json({}))], isApi);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('payload'));
        controller.close();
      },
    });
    const init = { method: 'POST', body, duplex: 'half' } as RequestInit;
    await fetch('/upload', init);
    expect(network).toHaveBeenCalledWith('/upload', init);
    expect(body.locked).toBe(false);
  });

  it('sends an API path no handler knows to the network, as a server would answer it', async () => {
    answerInPage([http.get('*/api/v1/units', () => HttpResponse.json({}))], isApi);
    const response = await fetch(api('/unknown'));
    expect(await response.text()).toBe('from the network');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it("turns a handler's network error into a failed fetch, keeps HTTP errors as responses, and logs both as a browser would", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerInPage(
      [
        http.get('*/api/v1/broken', () => HttpResponse.error()),
        http.get('*/api/v1/refused', () =>
          HttpResponse.json({ title: 'Bad request', status: 400 }, { status: 400 }),
        ),
        http.get('*/api/v1/thrown', () => {
          throw new Error('the handler broke');
        }),
      ],
      isApi,
    );
    await expect(fetch(api('/broken'))).rejects.toThrow(TypeError);
    const refused = await fetch(api('/refused'));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ title: 'Bad request', status: 400 });
    // A handler that throws is a server error, as msw's service worker answered it.
    const thrown = await fetch(api('/thrown'));
    expect(thrown.status).toBe(500);
    expect(await thrown.json()).toMatchObject({ status: 500, detail: 'Error: the handler broke' });
    expect(logged.mock.calls.map(([message]) => String(message))).toEqual([
      `Failed to load resource: net::ERR_FAILED (${api('/broken')})`,
      `Failed to load resource: the server responded with a status of 400 (${api('/refused')})`,
      `Failed to load resource: the server responded with a status of 500 (${api('/thrown')})`,
    ]);
    logged.mockRestore();
  });

  it("ends a request at once when the caller's signal aborts, even while its handler waits", async () => {
    answerInPage(
      [
        http.get('*/api/v1/slow', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ],
      isApi,
    );
    const controller = new AbortController();
    const request = fetch(api('/slow'), { signal: controller.signal });
    controller.abort(new DOMException('gave up', 'TimeoutError'));
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
    // A request cut off is not an answer: nothing on the timeline for it.
    expect(performance.getEntriesByType('measure')).toEqual([]);

    const already = new AbortController();
    already.abort();
    await expect(fetch(api('/slow'), { signal: already.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('puts handlers added at run time first, and forgets them on reset', async () => {
    const handlers = answerInPage(
      [http.get('*/api/v1/units', () => HttpResponse.json({ from: 'sample' }))],
      isApi,
    );
    handlers.use(http.get('*/api/v1/units', () => HttpResponse.json({ from: 'fault' })));
    expect(await (await fetch(api('/units'))).json()).toEqual({ from: 'fault' });
    handlers.resetHandlers();
    expect(await (await fetch(api('/units'))).json()).toEqual({ from: 'sample' });
  });
});
