import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { API_PATH, API_PREFIX } from './handlers';
import type { MockHandlerList } from './in-page';

/**
 * A test hook for the end-to-end suite: breaks chosen API requests on demand. msw answers inside
 * the page (mocks/in-page.ts), so a browser driver's request interception never sees the API;
 * faults have to be injected here, as runtime handlers in front of the sample API.
 */
export type FaultKind = 'http-500' | 'network' | 'hang' | 'malformed-json' | 'bad-schema' | 'empty';

export type FaultRule = {
  /** A path under the API base, e.g. "/observations"; "*" matches every endpoint. */
  path: string;
  kind: FaultKind;
  /**
   * Only requests whose query carries these values, e.g. { indicator: 'backlog-assigned' } to break
   * one card. A value matches when it is one of the request's comma-separated values.
   */
  params?: FaultParams;
};

/**
 * Query values a request must carry; a list means all of them (one request for several indicators).
 * A value with commas in it must be the request's whole value, in that order: two cards may ask for
 * the same indicators in their own requests, and only the order tells them apart.
 */
export type FaultParams = Record<string, string | string[]>;

export type CannedRule = { path: string; body: JsonBodyType; params?: FaultParams };

export type MockApiControl = {
  fail: (path: string, kind: FaultKind, options?: { params?: FaultParams }) => void;
  /** Answers matching requests with this JSON body instead of the sample data. */
  respond: (path: string, body: JsonBodyType, options?: { params?: FaultParams }) => void;
  /** Drops every injected fault: the sample API answers again. */
  reset: () => void;
  /** How many requests each injected rule has answered, in the order they were added. */
  hits: () => number[];
};

declare global {
  interface Window {
    __mockApi?: MockApiControl;
    /** Faults or answers to install before the first request, set by a test's init script. */
    __mockApiInitial?: Array<FaultRule | CannedRule>;
  }
}

function matches(request: Request, path: string, params: FaultParams): boolean {
  const url = new URL(request.url);
  const prefixAt = url.pathname.indexOf(API_PREFIX);
  if (prefixAt < 0) return false;
  const endpoint = url.pathname.slice(prefixAt + API_PREFIX.length);
  if (path !== '*' && endpoint !== path) return false;
  return Object.entries(params).every(([name, wanted]) => {
    const raw = url.searchParams.getAll(name);
    const values = raw.flatMap((item) => item.split(','));
    return [wanted]
      .flat()
      .every((value) => (value.includes(',') ? raw.includes(value) : values.includes(value)));
  });
}

/** A body of the right shape with nothing in it, so that the client sees "no data", not an error. */
function emptyBody(request: Request): JsonBodyType {
  const url = new URL(request.url);
  const endpoint = url.pathname.split('/').pop() ?? '';
  if (endpoint === 'observations')
    return {
      granularity: url.searchParams.get('granularity') ?? 'month',
      aggregate: url.searchParams.get('aggregate') === 'true',
      points: [],
    };
  const listName: Record<string, string> = {
    tasks: 'tasks',
    units: 'units',
    indicators: 'indicators',
    initiatives: 'initiatives',
    narrative: 'sentences',
  };
  const name = listName[endpoint];
  return name ? { [name]: [] } : {};
}

/** Well-formed JSON that breaks the API contract: a period that is no period, a value that is text. */
function contractBreakingBody(request: Request): JsonBodyType {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/observations'))
    return {
      granularity: 'month',
      aggregate: false,
      points: [{ indicatorId: 'backlog-resolved', unitId: 'ordos', period: 'June', value: 'many' }],
    };
  return { unexpected: 'not the documented shape' };
}

function faultResponse(kind: FaultKind, request: Request) {
  switch (kind) {
    case 'http-500':
      return HttpResponse.json(
        { title: 'Internal Server Error', status: 500, detail: 'injected fault' },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    case 'network':
      return HttpResponse.error();
    case 'malformed-json':
      return new HttpResponse('{"points": [{"indicatorId": ', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'bad-schema':
      return HttpResponse.json(contractBreakingBody(request));
    case 'empty':
      return HttpResponse.json(emptyBody(request));
    case 'hang':
      return undefined;
  }
}

export function installFaultInjection(worker: MockHandlerList) {
  let counters: number[] = [];
  const add = (
    path: string,
    answer: (request: Request) => Promise<Response | undefined>,
    params: FaultParams = {},
  ) => {
    const index = counters.push(0) - 1;
    worker.use(
      http.get(
        ({ request }) => matches(request, path, params),
        async ({ request }) => {
          counters[index] = (counters[index] ?? 0) + 1;
          return answer(request);
        },
      ),
    );
    // A rule for one observations query must meet that query: while such a rule is in place the
    // batch endpoint is "not there" (added last, so it comes first), and the page falls back to one request per query.
    if (path === '/observations' || path === '*') {
      worker.use(
        http.get(`${API_PATH}/observations/batch`, () =>
          HttpResponse.json(
            {
              title: 'Not found',
              status: 404,
              detail: 'batching is off while faults are injected',
            },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
    }
  };
  const fail: MockApiControl['fail'] = (path, kind, options = {}) =>
    add(
      path,
      async (request) => {
        // The client's own timeout ends the wait; the worker must simply never answer.
        if (kind === 'hang') await delay('infinite');
        return faultResponse(kind, request);
      },
      options.params,
    );
  window.__mockApi = {
    fail,
    respond: (path, body, options = {}) =>
      add(path, async () => HttpResponse.json(body), options.params),
    reset: () => {
      counters = [];
      worker.resetHandlers();
    },
    hits: () => [...counters],
  };
  for (const rule of window.__mockApiInitial ?? []) {
    if ('kind' in rule) window.__mockApi.fail(rule.path, rule.kind, rule);
    else window.__mockApi.respond(rule.path, rule.body, rule);
  }
}
