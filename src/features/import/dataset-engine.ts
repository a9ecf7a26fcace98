import { connectQueryWorker, type QueryWorkerConnection } from '@/lib/query-engine/query-worker';
import type { StoredDatasetInfo } from './storage';
import { openDataset, type DatasetOrigin } from './dataset-origin';

/** What was opened: how many figures, and the import information of a stored dataset. */
export type EngineOpened = { observations: number; info: StoredDatasetInfo | null };

/** A dataset held by the shared query engine, answering the REST API's paths. */
export type DatasetEngine = QueryWorkerConnection<EngineOpened>;

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
  return connectQueryWorker<DatasetOrigin, EngineOpened>(worker, origin);
}
