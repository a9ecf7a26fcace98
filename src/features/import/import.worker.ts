/// <reference lib="webworker" />
import type { Dataset } from '@/schemas/api';
import { ImportSession, PREVIEW_ROWS } from './import-session';
import type { ImportedFigure } from './parse/interpret';
import type { FileInput } from './parse/read-file';
import type { ImportWorkerReply } from './import-runner';

export type ImportWorkerRequest =
  | { type: 'read'; current: Dataset; files: FileInput[] }
  | { type: 'apply'; choices: Array<[string, ImportedFigure]>; now: string };

// Parsing, checking and indexing a large file happen here, so the page stays responsive and the
// user can cancel (the worker is simply terminated).
let session: ImportSession | null = null;

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const reply = (message: ImportWorkerReply) => self.postMessage(message);
  const message = event.data;
  try {
    if (message.type === 'read') {
      session = new ImportSession(message.current);
      const plan = session.read(
        message.files,
        (progress) => reply({ type: 'progress', progress }),
        PREVIEW_ROWS,
      );
      reply({ type: 'plan', plan });
    } else {
      if (!session) throw new Error('nothing has been read');
      reply({
        type: 'dataset',
        dataset: session.apply(new Map(message.choices), new Date(message.now)),
      });
    }
  } catch (error) {
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
