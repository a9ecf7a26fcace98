import { answerRequest } from './answer-request';
import { indexDataset, type DatasetIndex } from './dataset-index';
import type { OpenedForQueries, QueryWorkerRequest, QueryWorkerResponse } from './query-worker';

// The worker's end of the query-worker protocol (query-worker.ts): the engine runs here.

type WorkerScope = {
  onmessage: ((event: MessageEvent) => unknown) | null;
  postMessage: (message: unknown) => void;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The worker's side: opens on `load` (null: the origin holds no dataset) and answers every request. */
export function serveQueries<Origin, Opened>(
  scope: WorkerScope,
  open: (origin: Origin) => Promise<OpenedForQueries<Opened> | null>,
) {
  let index: DatasetIndex | null = null;
  scope.onmessage = async (event: MessageEvent<QueryWorkerRequest<Origin>>) => {
    const message = event.data;
    const reply = (response: QueryWorkerResponse<Opened>) => scope.postMessage(response);
    if (message.type === 'load') {
      try {
        const opened = await open(message.origin);
        index = opened && indexDataset(opened.dataset);
        reply({ type: 'loaded', id: message.id, opened: opened && opened.opened });
      } catch (error) {
        reply({ type: 'failed', id: message.id, reason: reasonOf(error) });
      }
      return;
    }
    if (!index) {
      reply({
        type: 'answer',
        id: message.id,
        status: 503,
        body: '{"title":"Not loaded","status":503}',
      });
      return;
    }
    const answer = answerRequest(index, message.path, new URLSearchParams(message.query));
    reply({
      type: 'answer',
      id: message.id,
      status: answer.status,
      body: JSON.stringify(answer.body),
    });
  };
}
