import type { CommittedImport } from './active-dataset';
import type { DatasetOrigin } from './dataset-origin';
import {
  openImportSession,
  PREVIEW_ROWS,
  type CurrentNames,
  type ImportProgress,
  type ImportSession,
} from './import-session';
import type { ImportWorkerRequest } from './import.worker';
import type { ImportedFigure } from './parse/interpret';
import { fileInput } from './parse/read-file';
import type { ImportPlan } from './plan';

export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'plan'; plan: ImportPlan; names: CurrentNames }
  | { type: 'committed'; committed: CommittedImport }
  | { type: 'failed'; reason: string };

/** An import in progress: read the files, then apply or cancel. */
export type ImportRunner = {
  read: (
    files: File[],
    onProgress: (progress: ImportProgress) => void,
  ) => Promise<{ plan: ImportPlan; names: CurrentNames }>;
  /** Applies and stores the import (all or nothing), with the names of the files it came from. */
  commit: (
    choices: ReadonlyMap<string, ImportedFigure>,
    now: Date,
    files: string[],
  ) => Promise<CommittedImport>;
  cancel: () => void;
};

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** In this thread: for tests under jsdom, which has no Worker. */
function inlineRunner(origin: DatasetOrigin): ImportRunner {
  let session: ImportSession | null = null;
  let cancelled = false;
  return {
    read: async (files, onProgress) => {
      session = await openImportSession(origin);
      const plan = session.read(await Promise.all(files.map(fileInput)), onProgress, PREVIEW_ROWS);
      if (cancelled) throw new ImportCancelled();
      return { plan, names: session.names() };
    },
    commit: async (choices, now, files) => {
      if (cancelled) throw new ImportCancelled();
      if (!session) throw new Error('nothing has been read');
      return session.commit(choices, now, files);
    },
    cancel: () => {
      cancelled = true;
    },
  };
}

function workerRunner(origin: DatasetOrigin): ImportRunner {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: {
    resolve: (reply: ImportWorkerReply) => void;
    reject: (error: Error) => void;
  } | null = null;
  let onProgress: ((progress: ImportProgress) => void) | null = null;
  worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
    if (event.data.type === 'progress') onProgress?.(event.data.progress);
    else settle?.resolve(event.data);
  };
  worker.onerror = (event) =>
    settle?.reject(new Error(event.message || 'the import worker failed'));
  const ask = (request: ImportWorkerRequest, transfer: Transferable[] = []) =>
    new Promise<ImportWorkerReply>((resolve, reject) => {
      settle = { resolve, reject };
      worker.postMessage(request, transfer);
    });
  return {
    read: async (files, progress) => {
      onProgress = progress;
      // The files go to the worker unread; it reads their bytes itself.
      const reply = await ask({ type: 'read', origin, files });
      if (reply.type === 'failed') throw new Error(reply.reason);
      if (reply.type !== 'plan') throw new Error('unexpected reply from the import worker');
      return { plan: reply.plan, names: reply.names };
    },
    commit: async (choices, now, files) => {
      const reply = await ask({
        type: 'commit',
        choices: [...choices],
        now: now.toISOString(),
        files,
      });
      if (reply.type === 'failed') throw new Error(reply.reason);
      if (reply.type !== 'committed') throw new Error('unexpected reply from the import worker');
      worker.terminate();
      return reply.committed;
    },
    cancel: () => {
      worker.terminate();
      settle?.reject(new ImportCancelled());
    },
  };
}

/** An import building on the dataset that `origin` names, which the runner reads itself. */
export function createImportRunner(origin: DatasetOrigin): ImportRunner {
  return typeof Worker === 'undefined' ? inlineRunner(origin) : workerRunner(origin);
}
