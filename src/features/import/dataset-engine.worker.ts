/// <reference lib="webworker" />
import { answerRequest } from '@/lib/query-engine/answer-request';
import { indexDataset, type DatasetIndex } from '@/lib/query-engine/dataset-index';
import type { EngineRequest, EngineResponse } from './dataset-engine';
import { openDataset } from './dataset-origin';

// The query engine off the main thread: reading a stored or published dataset of a million
// observations, indexing it and answering a query over it never holds up a click.
let index: DatasetIndex | null = null;

self.onmessage = async (event: MessageEvent<EngineRequest>) => {
  const message = event.data;
  const reply = (response: EngineResponse) => self.postMessage(response);
  if (message.type === 'load') {
    try {
      const opened = await openDataset(message.origin);
      index = opened && indexDataset(opened.dataset);
      reply({
        type: 'loaded',
        id: message.id,
        opened: opened && {
          observations: opened.dataset.observations.length,
          info: opened.info,
        },
      });
    } catch (error) {
      reply({
        type: 'failed',
        id: message.id,
        reason: error instanceof Error ? error.message : String(error),
      });
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
