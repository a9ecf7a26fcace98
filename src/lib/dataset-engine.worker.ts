/// <reference lib="webworker" />
import { answerRequest } from './query-engine/answer-request';
import { indexDataset, type DatasetIndex } from './query-engine/dataset-index';
import type { EngineRequest, EngineResponse } from './dataset-engine';

// The query engine off the main thread: indexing a million observations and answering a query over
// them never holds up a click.
let index: DatasetIndex | null = null;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const message = event.data;
  const reply = (response: EngineResponse) => self.postMessage(response);
  if (message.type === 'load') {
    index = indexDataset(message.dataset);
    reply({ type: 'loaded', id: message.id });
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
