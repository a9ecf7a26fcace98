import { describe, expect, it } from 'vitest';
import { createHandlers } from '@mocks/handlers';
import { sampleDataset, server } from '@mocks/node';
import { connectQueryWorker } from '@/lib/query-engine/query-worker';
import { joinedWorker } from '../support/joined-worker';

/*
 * The browser's embedded API answers through msw's handlers with the query engine in a Web Worker
 * (mocks/browser.ts, mocks/sample-engine.worker.ts); tests and Node answer in the same thread.
 * Both must be the same API: the same status, content type and body for every request.
 */

const API = 'http://localhost:3000/api/v1';

const requests = [
  '/meta',
  '/units',
  '/initiatives',
  '/indicators',
  '/narrative',
  '/tasks?status=in-progress',
  '/observations?indicator=backlog-resolution-rate&from=2024-01&to=2024-06',
  '/observations?indicator=disputes-diverted&units=baotou,ordos&granularity=quarter&aggregate=true',
  `/observations/batch?q=${encodeURIComponent('indicator=e-service-rate&from=2024-03')}&q=${encodeURIComponent('indicator=nope')}`,
  // Problems: a bad parameter, an unknown endpoint.
  '/observations?indicator=backlog-resolution-rate&from=2024-13',
  '/observations?granularity=week',
  '/no-such-endpoint',
];

async function answer(path: string) {
  const response = await fetch(`${API}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describe('the embedded API with its query engine in a worker', () => {
  it('answers every request exactly as the engine in the page does', async () => {
    const inThread = [];
    for (const path of requests) inThread.push(await answer(path));

    const engine = await connectQueryWorker(
      joinedWorker(async () => ({ dataset: sampleDataset, opened: { units: 1 } })),
      'sample',
    );
    expect(engine).not.toBeNull();
    server.use(...createHandlers({ engine: engine!.transport }));
    const inWorker = [];
    for (const path of requests) inWorker.push(await answer(path));

    expect(inWorker).toEqual(inThread);
    // The comparison covers answers and problems alike.
    expect(inThread.map((item) => item.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 400, 400, 404,
    ]);
    expect(inThread[9]!.type).toBe('application/problem+json');
    expect(JSON.parse(inThread[6]!.body).points.length).toBeGreaterThan(0);
  });
});
