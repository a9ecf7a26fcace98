import { delay, http, HttpResponse, type DelayMode } from 'msw';
import { indexDataset } from '@/lib/query-engine/dataset-index';
import { badRequest, parseObservationQuery } from '@/lib/query-engine/parse-query';
import { queryObservations } from '@/lib/query-engine/query-observations';
import { answerObservationBatch } from '@/lib/query-engine/query-observations-batch';
import { parseTaskQuery, queryTasks } from '@/lib/query-engine/query-tasks';
import type { Dataset, Problem } from '@/schemas/api';

export type HandlerOptions = {
  dataset: Dataset;
  /** Milliseconds, or msw's 'real' (a random, realistic server time in the browser, none in Node). */
  latency?: number | DelayMode;
};

/** Matches the API on any origin, so that the same handlers serve the browser and msw/node. */
export const API_PATH = '*/api/v1';

const problemResponse = (problem: Problem) =>
  HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/** The REST API of docs/api.md, answered from an in-memory dataset by the shared query engine. */
export function createHandlers({ dataset, latency = 0 }: HandlerOptions) {
  const index = indexDataset(dataset);
  const wait = async () => {
    if (latency !== 0) await delay(latency);
  };
  const get = (path: string, answer: (params: URLSearchParams) => Response) =>
    http.get(`${API_PATH}${path}`, async ({ request }) => {
      await wait();
      try {
        return answer(new URL(request.url).searchParams);
      } catch (error) {
        return problemResponse({ title: 'Internal error', status: 500, detail: String(error) });
      }
    });

  return [
    get('/meta', () => HttpResponse.json(dataset.meta)),
    get('/units', () => HttpResponse.json({ units: dataset.units })),
    get('/initiatives', () => HttpResponse.json({ initiatives: dataset.initiatives })),
    get('/indicators', (params) => {
      const initiatives = params
        .getAll('initiative')
        .flatMap((value) => value.split(','))
        .filter(Boolean);
      const unknown = initiatives.filter((id) => !index.initiativeIds.has(id));
      if (unknown.length > 0) {
        return problemResponse(
          badRequest([
            {
              name: 'initiative',
              reason: `unknown initiative ${unknown.map((id) => JSON.stringify(id)).join(', ')}`,
            },
          ]),
        );
      }
      const indicators =
        initiatives.length === 0
          ? dataset.indicators
          : dataset.indicators.filter((item) => initiatives.includes(item.initiativeId));
      return HttpResponse.json({ indicators });
    }),
    get('/observations', (params) => {
      const parsed = parseObservationQuery(params, index);
      return parsed.ok
        ? HttpResponse.json(queryObservations(index, parsed.value))
        : problemResponse(parsed.problem);
    }),
    get('/observations/batch', (params) => {
      const answered = answerObservationBatch(index, params);
      return answered.ok ? HttpResponse.json(answered.value) : problemResponse(answered.problem);
    }),
    get('/tasks', (params) => {
      const parsed = parseTaskQuery(params, index);
      return parsed.ok
        ? HttpResponse.json({ tasks: queryTasks(index, parsed.value) })
        : problemResponse(parsed.problem);
    }),
    get('/narrative', () => HttpResponse.json({ sentences: dataset.narrative })),
    http.all(`${API_PATH}/*`, ({ request }) =>
      problemResponse({
        title: 'Not found',
        status: 404,
        detail: `no endpoint ${new URL(request.url).pathname}`,
      }),
    ),
  ];
}
