import { delay, http, HttpResponse, type DelayMode, type JsonBodyType } from 'msw';
import { answerRequest } from '@/lib/query-engine/answer-request';
import { indexDataset } from '@/lib/query-engine/dataset-index';
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
  const endpoint = (path: string) =>
    http.get(`${API_PATH}${path}`, async ({ request }) => {
      await wait();
      const answer = answerRequest(index, path, new URL(request.url).searchParams);
      return answer.status === 200
        ? HttpResponse.json(answer.body as JsonBodyType)
        : problemResponse(answer.body as Problem);
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
