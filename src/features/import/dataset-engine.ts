import type { LocalAnswer, LocalTransport } from '@/lib/data-source';
import type { StoredDatasetInfo } from './storage';
import { openDataset, type DatasetOrigin } from './dataset-origin';

export type EngineRequest =
  | { type: 'load'; id: number; origin: DatasetOrigin }
  | { type: 'request'; id: number; path: string; query: string };
export type EngineResponse =
  | { type: 'loaded'; id: number; opened: EngineOpened | null }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'answer'; id: number; status: number; body: string };

/** What was opened: how many figures, and the import information of a stored dataset. */
export type EngineOpened = { observations: number; info: StoredDatasetInfo | null };

/** A dataset held by the shared query engine, answering the REST API's paths. */
export type DatasetEngine = {
  transport: LocalTransport;
  opened: EngineOpened;
  dispose: () => void;
};

async function inlineEngine(origin: DatasetOrigin): Promise<DatasetEngine | null> {
  // Loaded here only: in the browser the engine lives in the worker, not on the first screen.
  const [opened, { answerRequest }, { indexDataset }] = await Promise.all([
    openDataset(origin),
    import('@/lib/query-engine/answer-request'),
    import('@/lib/query-engine/dataset-index'),
  ]);
  if (!opened) return null;
  const index = indexDataset(opened.dataset);
  return {
    transport: async (path, params) => {
      const answer = answerRequest(index, path, params);
      return { status: answer.status, body: JSON.stringify(answer.body) };
    },
    opened: { observations: opened.dataset.observations.length, info: opened.info },
    dispose: () => {},
  };
}

/**
 * The engine for a local dataset, in a Web Worker where the platform has them (the browser), else
 * in this thread (tests under jsdom). The worker reads the dataset from its origin itself. Resolves
 * once the dataset is indexed, to null when the origin holds none; rejects with the reason when it
 * cannot be read (damaged storage, a published file that does not fit the contract).
 */
export async function createDatasetEngine(
  origin: DatasetOrigin,
  options: { worker?: boolean } = {},
): Promise<DatasetEngine | null> {
  if (options.worker === false || typeof Worker === 'undefined') return inlineEngine(origin);
  const worker = new Worker(new URL('./dataset-engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  let nextId = 1;
  const pending = new Map<number, (response: EngineResponse) => void>();
  const failAll = (reason: string) => {
    for (const [id, resolve] of pending) resolve({ type: 'failed', id, reason });
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  worker.onerror = (event) => failAll(event.message || 'the query worker failed');
  const send = (request: EngineRequest) =>
    new Promise<EngineResponse>((resolve) => {
      pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  const loaded = await send({ type: 'load', id: nextId++, origin });
  if (loaded.type !== 'loaded' || !loaded.opened) {
    worker.terminate();
    if (loaded.type === 'failed') throw new Error(loaded.reason);
    return null;
  }
  return {
    transport: async (path, params, signal): Promise<LocalAnswer> => {
      signal?.throwIfAborted();
      const response = await send({
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
