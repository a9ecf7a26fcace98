/// <reference lib="webworker" />
import type { DatasetOrigin } from './dataset-origin';
import { openImportSession, PREVIEW_ROWS, type ImportSession } from './import-session';
import type { ImportedFigure } from './parse/interpret';
import { fileInput } from './parse/read-file';
import type { ImportWorkerReply } from './import-runner';

export type ImportWorkerRequest =
  | { type: 'read'; origin: DatasetOrigin; files: File[] }
  | { type: 'commit'; choices: Array<[string, ImportedFigure]>; now: string; files: string[] };

// Reading the dataset on screen, parsing, checking and indexing the files, applying and storing
// the result all happen here, so the page stays responsive and the user can cancel (the worker is
// simply terminated). The page gets the plan and, at the end, the import's information only.
let session: ImportSession | null = null;

self.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const reply = (message: ImportWorkerReply) => self.postMessage(message);
  const message = event.data;
  try {
    if (message.type === 'read') {
      session = await openImportSession(message.origin);
      const plan = session.read(
        await Promise.all(message.files.map(fileInput)),
        (progress) => reply({ type: 'progress', progress }),
        PREVIEW_ROWS,
      );
      reply({ type: 'plan', plan, names: session.names() });
    } else {
      if (!session) throw new Error('nothing has been read');
      const committed = await session.commit(
        new Map(message.choices),
        new Date(message.now),
        message.files,
      );
      reply({ type: 'committed', committed });
    }
  } catch (error) {
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
