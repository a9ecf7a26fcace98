import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { getObservations } from '@/features/reports/api/get-observations';
import { sendObservationsNow } from '@/features/reports/api/observations-batch';
import { ApiError, getJson } from '@/lib/api-client';
import {
  observationsBatchResponseSchema,
  observationsResponseSchema,
  problemSchema,
} from '@/schemas/api';
import { renderApp, waitForQuiet } from './render-app';

const API = 'http://localhost:3000/api/v1';

/** The API paths requested while each test runs, in order. */
function recordRequests() {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname.replace('/api/v1', ''));
  };
  beforeEach(() => {
    paths.length = 0;
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  return paths;
}

const single = (query: string) =>
  fetch(`${API}/observations?${query}`).then(async (response) =>
    observationsResponseSchema.parse(await response.json()),
  );

describe('GET /observations/batch', () => {
  it('answers each query as GET /observations would, in order', async () => {
    const queries = [
      'indicator=backlog-resolved&unit=ordos,alxa&from=2024-01&to=2024-06',
      'indicator=disputes-diverted&aggregate=true&granularity=quarter',
      'initiative=dispute-diversion&unit=baotou',
    ];
    const body = await getJson(
      `/observations/batch?${queries.map((query) => `q=${encodeURIComponent(query)}`).join('&')}`,
      observationsBatchResponseSchema,
    );
    expect(body.results.map((item) => item.status)).toEqual([200, 200, 200]);
    for (const [index, query] of queries.entries()) {
      expect(body.results[index]?.response).toEqual(await single(query));
    }
  });

  it('gives a bad query its own 400 problem and still answers the others', async () => {
    const body = await getJson(
      `/observations/batch?q=${encodeURIComponent('unit=atlantis')}&q=${encodeURIComponent('indicator=backlog-resolved')}`,
      observationsBatchResponseSchema,
    );
    expect(body.results[0]?.status).toBe(400);
    expect(problemSchema.parse(body.results[0]?.problem).detail).toMatch(/unit.*atlantis/);
    expect(body.results[1]?.response).toEqual(await single('indicator=backlog-resolved'));
  });

  it('refuses a batch without queries or with more than 50', async () => {
    const empty = await fetch(`${API}/observations/batch`);
    expect(empty.status).toBe(400);
    const many = await fetch(
      `${API}/observations/batch?${Array.from({ length: 51 }, () => 'q=').join('&')}`,
    );
    expect(many.status).toBe(400);
    expect(problemSchema.parse(await many.json()).detail).toMatch(/at most 50/);
  });
});

describe('the observations fetch layer', () => {
  const paths = recordRequests();

  it('sends the queries started together as one batch, each getting its own answer', async () => {
    const answers = await Promise.all([
      getObservations({ indicators: ['backlog-resolved'], units: ['ordos'] }),
      getObservations({ indicators: ['disputes-diverted'], aggregate: true }),
      getObservations({ initiatives: ['dispute-diversion'], from: '2024-01', to: '2024-03' }),
    ]);
    expect(paths).toEqual(['/observations/batch']);
    expect(answers[0]).toEqual(await single('indicator=backlog-resolved&unit=ordos'));
    expect(answers[1]).toEqual(await single('indicator=disputes-diverted&aggregate=true'));
    expect(answers[2]).toEqual(
      await single('initiative=dispute-diversion&from=2024-01&to=2024-03'),
    );
  });

  it('sends the queries started before sendObservationsNow() at once, and later ones apart', async () => {
    const batches: string[][] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/observations/batch')) batches.push(url.searchParams.getAll('q'));
    };
    server.events.on('request:start', listener);
    try {
      const early = [
        getObservations({ indicators: ['backlog-resolved'] }),
        getObservations({ indicators: ['disputes-diverted'] }),
      ];
      sendObservationsNow();
      const later = [
        getObservations({ indicators: ['first-petition-rate'] }),
        getObservations({ indicators: ['fully-online-rate'] }),
      ];
      const answers = await Promise.all([...early, ...later]);
      expect(batches).toEqual([
        ['indicator=backlog-resolved', 'indicator=disputes-diverted'],
        ['indicator=first-petition-rate', 'indicator=fully-online-rate'],
      ]);
      expect(answers[0]).toEqual(await single('indicator=backlog-resolved'));
      expect(answers[3]).toEqual(await single('indicator=fully-online-rate'));
      // Nothing waiting: it sends nothing.
      paths.length = 0;
      sendObservationsNow();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(paths).toEqual([]);
    } finally {
      server.events.removeListener('request:start', listener);
    }
  });

  it('sends a lone query as a plain GET /observations', async () => {
    await getObservations({ indicators: ['backlog-resolved'] });
    expect(paths).toEqual(['/observations']);
  });

  it('fails only the query whose item is a problem, with that problem', async () => {
    const [good, bad] = await Promise.allSettled([
      getObservations({ indicators: ['backlog-resolved'] }),
      getObservations({ units: ['atlantis'] }),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    const error = (bad as PromiseRejectedResult).reason as unknown;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.invalidParams?.[0]?.name).toBe('unit');
  });

  it('fails only the query whose answer breaks the contract', async () => {
    server.use(
      http.get(`${API}/observations/batch`, () =>
        HttpResponse.json({
          results: [
            { status: 200, response: { granularity: 'month', aggregate: false, points: [] } },
            { status: 200, response: { granularity: 'month', points: 'many' } },
          ],
        }),
      ),
    );
    const [good, bad] = await Promise.allSettled([
      getObservations({ indicators: ['backlog-resolved'] }),
      getObservations({ indicators: ['disputes-diverted'] }),
    ]);
    expect(good).toEqual({
      status: 'fulfilled',
      value: { granularity: 'month', aggregate: false, points: [] },
    });
    expect(((bad as PromiseRejectedResult).reason as ApiError).kind).toBe('invalid-response');
  });

  it('falls back to one request per query on a server without the batch endpoint, and stays there', async () => {
    server.use(
      http.get(`${API}/observations/batch`, () => new HttpResponse(null, { status: 404 })),
    );
    const first = await Promise.all([
      getObservations({ indicators: ['backlog-resolved'] }),
      getObservations({ indicators: ['disputes-diverted'] }),
    ]);
    expect(first[0]).toEqual(await single('indicator=backlog-resolved'));
    expect(first[1]).toEqual(await single('indicator=disputes-diverted'));
    paths.length = 0;
    await Promise.all([
      getObservations({ indicators: ['backlog-resolved'], units: ['ordos'] }),
      getObservations({ indicators: ['disputes-diverted'], units: ['ordos'] }),
    ]);
    expect(paths).toEqual(['/observations', '/observations']);
  });

  it('fails every query of a batch that fails as a whole, with a readable error', async () => {
    server.use(
      http.get(`${API}/observations/batch`, () =>
        HttpResponse.json(
          { title: 'Internal error', status: 500, detail: 'database unavailable' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const results = await Promise.allSettled([
      getObservations({ indicators: ['backlog-resolved'] }),
      getObservations({ indicators: ['disputes-diverted'] }),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as ApiError;
      expect(error.status).toBe(500);
      expect(error.message).toBe('/observations/batch: HTTP 500 — database unavailable');
    }
  });

  it('lets a cancelled query go without cancelling the others', async () => {
    const controller = new AbortController();
    const cancelled = getObservations({ indicators: ['backlog-resolved'] }, controller.signal);
    const kept = getObservations({ indicators: ['disputes-diverted'] });
    const other = getObservations({ indicators: ['first-petition-rate'] });
    controller.abort();
    await expect(cancelled).rejects.toThrow();
    expect(await kept).toEqual(await single('indicator=disputes-diverted'));
    expect(await other).toEqual(await single('indicator=first-petition-rate'));
  });

  it.each([
    ['the default view', '/'],
    [
      'a shared link with units, a range and quarters',
      '/?units=ordos,baotou&from=2023-01&to=2024-03&granularity=quarter',
    ],
    ["a link drilled down to one 盟市's counties", '/?parent=ordos'],
  ])(
    'asks for the first screen first: the headline figures, then 进度预警, each in a batch of its own (%s)',
    async (_, url) => {
      const queries: string[][] = [];
      const listener = ({ request }: { request: Request }) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/observations/batch'))
          queries.push(url.searchParams.getAll('q'));
        else if (url.pathname.endsWith('/observations')) queries.push([url.search.slice(1)]);
      };
      server.events.on('request:start', listener);
      try {
        const { queryClient } = await renderApp({ url });
        await waitForQuiet();
        // Every query done, the opening text's too (it asks for the sections' figures after its
        // code loads): none of this page's requests may fall into the next case's record.
        await expect.poll(() => queryClient.isFetching(), { timeout: 10_000 }).toBe(0);
        const [first, second, ...rest] = queries;
        const indicatorsOf = (query: string) =>
          (new URLSearchParams(query).get('indicator') ?? '').split(',');
        // The tiles' figures (each ratio with its two counts), and the months since a flow started
        // where the range does not reach back to them.
        expect(first?.length).toBeGreaterThanOrEqual(1);
        expect(first?.length).toBeLessThanOrEqual(2);
        expect(indicatorsOf(first![0]!)).toEqual(
          expect.arrayContaining([
            'backlog-resolution-rate',
            'backlog-resolved',
            'first-petition-rate',
            'disputes-diverted',
            'fully-online-rate',
          ]),
        );
        // 进度预警: the units' points and the units combined, over the same indicators.
        expect(second).toHaveLength(2);
        const [perUnit, combined] = second!.map((query) => new URLSearchParams(query));
        expect(perUnit!.get('aggregate')).toBeNull();
        expect(combined!.get('aggregate')).toBe('true');
        expect(combined!.get('indicator')).toBe(perUnit!.get('indicator'));
        expect(rest.length).toBeGreaterThan(0);
        // The sections read those very answers: no later request asks for them again.
        for (const query of [...first!, ...second!]) expect(rest.flat()).not.toContain(query);
        const tiles = document.querySelectorAll('.headline-grid > li[data-indicator]');
        expect(tiles).toHaveLength(5);
        expect(document.querySelectorAll('.pace-sentences > li').length).toBeGreaterThan(0);
        const cached = queryClient
          .getQueryCache()
          .findAll({ predicate: (query) => query.queryKey.includes('observations') });
        expect(cached.length).toBeGreaterThan(first!.length);
      } finally {
        server.events.removeListener('request:start', listener);
      }
    },
  );

  it('loads the dashboard with fewer observation round trips than observation queries', async () => {
    const { queryClient } = await renderApp();
    await waitForQuiet();
    const queries = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.queryKey.includes('observations') }).length;
    const roundTrips = paths.filter((path) => path.startsWith('/observations')).length;
    expect(queries).toBeGreaterThan(5);
    expect(roundTrips).toBeLessThan(queries / 2);
    expect(paths).toContain('/observations/batch');
  });
});
