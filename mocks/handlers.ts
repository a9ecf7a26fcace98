import { delay, http, HttpResponse, type DelayMode } from 'msw';
import type { LocalTransport } from '@/lib/data-source';
import type { Dataset, Problem } from '@/schemas/api';

export type HandlerOptions = (
  | {
      /** Answered in this thread by the query engine (tests, Node). */
      dataset: Dataset;
    }
  | {
      /**
       * Answered by the same query engine elsewhere, e.g. in a Web Worker (the browser's embedded
       * sample: mocks/sample-engine.worker.ts), as status and JSON text.
       */
      engine: LocalTransport;
    }
) & {
  /** Milliseconds, or msw's 'real' (a random, realistic server time in the browser, none in Node). */
  latency?: number | DelayMode;
};

/** Matches the API on any origin, so that the same handlers serve the browser and msw/node. */
export const API_PATH = '*/api/v1';
/** The API's path on its origin, as a URL's pathname holds it. */
export const API_PREFIX = API_PATH.replace(/^\*/, '');

const problemResponse = (problem: Problem) =>
  HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/**
 * An engine in this thread, answering as text like one in a worker. The engine's modules are
 * imported (and the dataset indexed) when the handlers are created, not with this module, so that
 * the browser's page, whose engine is in a worker, never loads them.
 */
function engineFor(dataset: Dataset): LocalTransport {
  const engine = Promise.all([
    import('@/lib/query-engine/answer-request'),
    import('@/lib/query-engine/dataset-index'),
  ]).then(([{ answerRequest }, { indexDataset }]) => {
    const index = indexDataset(dataset);
    return (path: string, params: URLSearchParams) => {
      const answer = answerRequest(index, path, params);
      return { status: answer.status, body: JSON.stringify(answer.body) };
    };
  });
  // A failed import is reported by the requests that wait for it, not as an unhandled rejection.
  engine.catch(() => undefined);
  return async (path, params) => (await engine)(path, params);
}

/** The REST API of docs/api.md, answered from a dataset by the shared query engine. */
export function createHandlers(options: HandlerOptions) {
  const { latency = 0 } = options;
  const engine = 'engine' in options ? options.engine : engineFor(options.dataset);
  const wait = async () => {
    if (latency !== 0) await delay(latency);
  };
  const endpoint = (path: string) =>
    http.get(`${API_PATH}${path}`, async ({ request }) => {
      await wait();
      const answer = await engine(path, new URL(request.url).searchParams, request.signal);
      return new HttpResponse(answer.body, {
        status: answer.status,
        headers: {
          'Content-Type': answer.status === 200 ? 'application/json' : 'application/problem+json',
        },
      });
    });

  return [
    ...[
      '/meta',
      '/units',
      '/initiatives',
      '/indicators',
      '/observations',
      '/observations/batch',
      '/tasks',
      '/narrative',
    ].map(endpoint),
    http.all(`${API_PATH}/*`, ({ request }) =>
      problemResponse({
        title: 'Not found',
        status: 404,
        detail: `no endpoint ${new URL(request.url).pathname}`,
      }),
    ),
  ];
}
