import type { Dataset } from '@/schemas/api';
import type { LocalAnswer, LocalTransport } from './data-source';
import { answerRequest } from './query-engine/answer-request';
import { indexDataset } from './query-engine/dataset-index';

export type EngineRequest =
  | { type: 'load'; id: number; dataset: Dataset }
  | { type: 'request'; id: number; path: string; query: string };
export type EngineResponse =
  { type: 'loaded'; id: number } | { type: 'answer'; id: number; status: number; body: string };

/** A dataset held by the shared query engine, answering the REST API's paths. */
export type DatasetEngine = { transport: LocalTransport; dispose: () => void };

function inlineEngine(dataset: Dataset): DatasetEngine {
  const index = indexDataset(dataset);
  return {
    transport: async (path, params) => {
      const answer = answerRequest(index, path, params);
      return { status: answer.status, body: JSON.stringify(answer.body) };
    },
    dispose: () => {},
  };
}

/**
 * The engine for a local dataset, in a Web Worker where the platform has them (the browser), else
 * in this thread (tests under jsdom). Resolves once the dataset is indexed.
 */
export async function createDatasetEngine(
  dataset: Dataset,
  options: { worker?: boolean } = {},
): Promise<DatasetEngine> {
  if (options.worker === false || typeof Worker === 'undefined') return inlineEngine(dataset);
  const worker = new Worker(new URL('./dataset-engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  let nextId = 1;
  const pending = new Map<number, (response: EngineResponse) => void>();
  const failAll = (reason: string) => {
    for (const resolve of pending.values())
      resolve({
        type: 'answer',
        id: 0,
        status: 500,
        body: JSON.stringify({ title: 'Internal error', status: 500, detail: reason }),
      });
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
  await send({ type: 'load', id: nextId++, dataset });
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
        : { status: 500, body: '{"title":"Internal error","status":500}' };
    },
    dispose: () => {
      worker.terminate();
      failAll('the dataset was closed');
    },
  };
}
