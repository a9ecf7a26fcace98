import type { LocalAnswer, LocalTransport } from '@/lib/data-source';
import type { Dataset } from '@/schemas/api';

/*
 * The query engine in a Web Worker, both ends of one protocol (the page's end here, the worker's in
 * query-worker-serve.ts, so that the engine itself is not loaded with the page): the page posts where the dataset
 * comes from (`load`), then each REST request (`request`); the worker opens the dataset, indexes it
 * and answers each path as the API would. An imported or published dataset
 * (src/features/import/dataset-engine.worker.ts), the embedded sample behind msw's handlers
 * (mocks/sample-engine.worker.ts) and the generated large sample (mocks/large-engine.worker.ts)
 * are served by the same loop, differing only in how they open.
 */
export type QueryWorkerRequest<Origin> =
  | { type: 'load'; id: number; origin: Origin }
  | { type: 'request'; id: number; path: string; query: string };
export type QueryWorkerResponse<Opened> =
  | { type: 'loaded'; id: number; opened: Opened | null }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'answer'; id: number; status: number; body: string };

/** What a worker entry opens from an origin: the dataset, and what the page is told about it. */
export type OpenedForQueries<Opened> = { dataset: Dataset; opened: Opened };

/** The worker itself failed (its script did not load, or it crashed), not the dataset it opens. */
export class QueryWorkerCrash extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'QueryWorkerCrash';
  }
}

/** A dataset held by the query engine in a worker, answering the REST API's paths. */
export type QueryWorkerConnection<Opened> = {
  transport: LocalTransport;
  opened: Opened;
  dispose: () => void;
};

type WorkerPort = {
  onmessage: ((event: MessageEvent) => unknown) | null;
  onerror: ((event: ErrorEvent) => unknown) | null;
  postMessage: (message: unknown) => void;
  terminate: () => void;
};

/**
 * The page's side: asks `worker` to open `origin`. Resolves once the dataset is indexed, to null
 * (and the worker ended) when the origin holds none; rejects with the worker's reason when it
 * cannot be opened.
 */
export async function connectQueryWorker<Origin, Opened>(
  worker: WorkerPort,
  origin: Origin,
): Promise<QueryWorkerConnection<Opened> | null> {
  let nextId = 1;
  const pending = new Map<number, (response: QueryWorkerResponse<Opened>) => void>();
  const failAll = (reason: string) => {
    for (const [id, resolve] of pending) resolve({ type: 'failed', id, reason });
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<QueryWorkerResponse<Opened>>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  let crashed = false;
  worker.onerror = (event) => {
    crashed = true;
    failAll(event.message || 'the query worker failed');
  };
  const send = (request: QueryWorkerRequest<Origin>) =>
    new Promise<QueryWorkerResponse<Opened>>((resolve) => {
      pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  const loaded = await send({ type: 'load', id: nextId++, origin });
  if (loaded.type !== 'loaded' || !loaded.opened) {
    worker.terminate();
    if (loaded.type === 'failed')
      throw crashed ? new QueryWorkerCrash(loaded.reason) : new Error(loaded.reason);
    return null;
  }
  return {
    transport: async (path, params, signal): Promise<LocalAnswer> => {
      signal?.throwIfAborted();
      // A crashed worker answers nothing: say so at once rather than leave the request waiting.
      const response: QueryWorkerResponse<Opened> = crashed
        ? { type: 'failed', id: 0, reason: 'the query worker stopped' }
        : await send({
            type: 'request',
            id: nextId++,
            path,
            query: params.toString(),
          });
      signal?.throwIfAborted();
      return response.type === 'answer'
        ? { status: response.status, body: response.body }
        : {
            status: 500,
            body: JSON.stringify({
              title: 'Internal error',
              status: 500,
              ...(response.type === 'failed' && { detail: response.reason }),
            }),
          };
    },
    opened: loaded.opened,
    dispose: () => {
      worker.terminate();
      failAll('the dataset was closed');
    },
  };
}
