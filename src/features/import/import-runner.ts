import type { Dataset } from '@/schemas/api';
import { ImportSession, PREVIEW_ROWS, type ImportProgress } from './import-session';
import type { ImportWorkerRequest } from './import.worker';
import type { ImportedFigure } from './parse/interpret';
import type { FileInput } from './parse/read-file';
import type { ImportPlan } from './plan';

export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'dataset'; dataset: Dataset }
  | { type: 'failed'; reason: string };

/** An import in progress: read the files, then apply or cancel. */
export type ImportRunner = {
  read: (files: FileInput[], onProgress: (progress: ImportProgress) => void) => Promise<ImportPlan>;
  apply: (choices: ReadonlyMap<string, ImportedFigure>, now: Date) => Promise<Dataset>;
  cancel: () => void;
};

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** In this thread: for tests under jsdom, which has no Worker. */
function inlineRunner(current: Dataset): ImportRunner {
  const session = new ImportSession(current);
  let cancelled = false;
  return {
    read: async (files, onProgress) => {
      const plan = session.read(files, onProgress, PREVIEW_ROWS);
      if (cancelled) throw new ImportCancelled();
      return plan;
    },
    apply: async (choices, now) => {
      if (cancelled) throw new ImportCancelled();
      return session.apply(choices, now);
    },
    cancel: () => {
      cancelled = true;
    },
  };
}

function workerRunner(current: Dataset): ImportRunner {
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
      const reply = await ask(
        { type: 'read', current, files },
        files.map((file) => file.bytes.buffer),
      );
      if (reply.type === 'failed') throw new Error(reply.reason);
      if (reply.type !== 'plan') throw new Error('unexpected reply from the import worker');
      return reply.plan;
    },
    apply: async (choices, now) => {
      const reply = await ask({ type: 'apply', choices: [...choices], now: now.toISOString() });
      if (reply.type === 'failed') throw new Error(reply.reason);
      if (reply.type !== 'dataset') throw new Error('unexpected reply from the import worker');
      worker.terminate();
      return reply.dataset;
    },
    cancel: () => {
      worker.terminate();
      settle?.reject(new ImportCancelled());
    },
  };
}

export function createImportRunner(current: Dataset): ImportRunner {
  return typeof Worker === 'undefined' ? inlineRunner(current) : workerRunner(current);
}
