import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { ApiError, apiBaseUrl, buildUrl, getJson } from '@/lib/api-client';
import { metaResponseSchema, observationsResponseSchema, unitsResponseSchema } from '@/schemas/api';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The rejection of a request, which must be an ApiError. */
async function failureOf(request: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await request.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('getJson', () => {
  it('returns the parsed body of a good response', async () => {
    const { units } = await getJson('/units', unitsResponseSchema);
    // The region and the 12 盟市; the counties below two of them follow.
    expect(units.filter((unit) => unit.level !== 'county')).toHaveLength(13);
    expect(units[0]?.name).toBe('自治区');
  });

  it('sends list parameters comma-separated and leaves out empty ones', async () => {
    let seen: URLSearchParams | null = null;
    server.use(
      http.get('*/api/v1/units', ({ request }) => {
        seen = new URL(request.url).searchParams;
        return HttpResponse.json({ units: [] });
      }),
    );
    await getJson('/units', unitsResponseSchema, {
      params: { unit: ['hohhot', 'baotou'], aggregate: true, from: null, to: undefined, none: [] },
    });
    expect(seen).not.toBeNull();
    expect(Object.fromEntries(seen ?? [])).toEqual({ unit: 'hohhot,baotou', aggregate: 'true' });
  });

  it('turns a response of the wrong shape into invalid-response, naming the bad field', async () => {
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({
          units: [
            {
              id: 'hohhot',
              name: '呼和浩特市',
              nameEn: 'Hohhot',
              level: 'prefecture',
              kind: 'city',
              parentId: 'region',
            },
          ],
        }),
      ),
    );
    const error = await failureOf(getJson('/units', unitsResponseSchema));
    expect(error.kind).toBe('invalid-response');
    expect(error.status).toBe(200);
    expect(error.endpoint).toBe('/units');
    expect(error.message).toMatch(/^\/units: the response does not match the API contract/);
    expect(error.message).toContain('units.0.level');
    expect(error.retryable).toBe(false);
  });

  it('says "(root)" when the whole body is of the wrong type', async () => {
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json([1, 2, 3])));
    const error = await failureOf(getJson('/meta', metaResponseSchema));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('(root)');
  });

  it('turns a body that is not JSON into invalid-json', async () => {
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.text('<html><body>Login required</body></html>', {
          headers: { 'Content-Type': 'text/html' },
        }),
      ),
    );
    const error = await failureOf(getJson('/meta', metaResponseSchema));
    expect(error.kind).toBe('invalid-json');
    expect(error.message).toBe('/meta: the response is not valid JSON');
    expect(error.retryable).toBe(false);
  });

  it('turns a 500 with a problem body into http, carrying the detail', async () => {
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.json(
          { title: 'Internal error', status: 500, detail: '数据库连接中断' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failureOf(getJson('/meta', metaResponseSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.problem?.detail).toBe('数据库连接中断');
    expect(error.message).toBe('/meta: HTTP 500 — 数据库连接中断');
    expect(error.retryable).toBe(true);
  });

  it('turns an error without a problem body into http with the status text', async () => {
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.text('upstream down', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await failureOf(getJson('/meta', metaResponseSchema));
    expect(error.kind).toBe('http');
    expect(error.problem).toBeNull();
    expect(error.message).toBe('/meta: HTTP 502 — Bad Gateway');
  });

  it('passes on the problem of a 400 and does not retry it', async () => {
    const error = await failureOf(
      getJson('/observations', observationsResponseSchema, { params: { from: '2024-13' } }),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.problem?.invalidParams).toEqual([
      { name: 'from', reason: 'expected a month as YYYY-MM, got "2024-13"' },
    ]);
    expect(error.retryable).toBe(false);
  });

  it('turns a failed connection into network', async () => {
    server.use(http.get('*/api/v1/meta', () => HttpResponse.error()));
    const error = await failureOf(getJson('/meta', metaResponseSchema));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.message).toBe('/meta: the server could not be reached');
    expect(error.retryable).toBe(true);
  });

  it('turns a server that never answers into timeout', async () => {
    server.use(
      http.get('*/api/v1/meta', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await failureOf(getJson('/meta', metaResponseSchema, { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('/meta: no answer within 0.05 s');
    expect(error.retryable).toBe(true);
  });

  it('lets a cancellation by the caller through as it is, not as an ApiError', async () => {
    server.use(
      http.get('*/api/v1/meta', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const request = getJson('/meta', metaResponseSchema, { signal: controller.signal });
    controller.abort();
    const error: unknown = await request.catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(controller.signal.aborted).toBe(true);
  });
});

describe('the base URL', () => {
  it('is this origin’s /api/v1 by default', () => {
    expect(apiBaseUrl()).toBe('http://localhost:3000/api/v1');
    expect(buildUrl('/meta')).toBe('http://localhost:3000/api/v1/meta');
  });

  it('is VITE_API_BASE_URL when set, without a trailing slash', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'https://zfw.intranet.example/api/v1/');
    expect(apiBaseUrl()).toBe('https://zfw.intranet.example/api/v1');
    let requested = '';
    server.use(
      http.get('https://zfw.intranet.example/api/v1/units', ({ request }) => {
        requested = request.url;
        return HttpResponse.json({ units: [] });
      }),
    );
    await getJson('/units', unitsResponseSchema, { params: { unit: 'ordos' } });
    expect(requested).toBe('https://zfw.intranet.example/api/v1/units?unit=ordos');
  });

  it('resolves a relative VITE_API_BASE_URL against the page (the same-origin intranet setup)', async () => {
    vi.stubEnv('VITE_API_BASE_URL', '/progress-api/v1');
    expect(buildUrl('/meta', { unit: ['ordos', 'alxa'] })).toBe(
      'http://localhost:3000/progress-api/v1/meta?unit=ordos%2Calxa',
    );
    let requested = '';
    server.use(
      http.get('http://localhost:3000/progress-api/v1/units', ({ request }) => {
        requested = request.url;
        return HttpResponse.json({ units: [] });
      }),
    );
    await getJson('/units', unitsResponseSchema);
    expect(requested).toBe('http://localhost:3000/progress-api/v1/units');
  });

  it('names the request when the API address is not usable, never an unknown error', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'http://[bad');
    const failure = await getJson('/units', unitsResponseSchema).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe(
      '/units: the API address "http://[bad" is not a usable URL',
    );
  });
});
