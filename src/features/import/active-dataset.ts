import { useSyncExternalStore } from 'react';
import { setDataSource } from '@/lib/data-source';
import { QueryWorkerCrash } from '@/lib/query-engine/query-worker';
import { createDatasetEngine, type DatasetEngine } from './dataset-engine';
import type { Dataset } from '@/schemas/api';
import type { DatasetOrigin } from './dataset-origin';
import { fetchCurrentDataset } from './current-dataset';
import { findPublishedDataset } from './published';
import {
  deleteImport,
  readImportStatus,
  selectDataset,
  storageAvailable,
  type StoredDatasetInfo,
} from './storage';

/** A confirmed import as the import worker hands it over: stored already, or whole (no IndexedDB). */
export type CommittedImport =
  | { kind: 'stored'; info: StoredDatasetInfo }
  | { kind: 'unstored'; info: StoredDatasetInfo; dataset: Dataset };

/** Which dataset the page shows, for the header label and the import dialog. */
export type DatasetState = {
  ready: boolean;
  shown:
    | { kind: 'default' }
    | { kind: 'published'; url: string }
    | { kind: 'imported'; info: StoredDatasetInfo; canUndo: boolean };
  /** An imported dataset that is kept but not shown (the user switched back). */
  stored: StoredDatasetInfo | null;
  /** Something the user must know: damaged storage, a published file that could not be read. */
  notice: { kind: 'storage-damaged' | 'engine-failed' | 'published-failed'; detail: string } | null;
};

let state: DatasetState = { ready: false, shown: { kind: 'default' }, stored: null, notice: null };
const listeners = new Set<() => void>();
let engine: DatasetEngine | null = null;
let publishedCache: Promise<Awaited<ReturnType<typeof findPublishedDataset>>> | null = null;
let starting: Promise<void> | null = null;

function update(next: Partial<DatasetState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function useDatasetState(): DatasetState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => state,
  );
}

export const datasetState = () => state;

/** Serves a local dataset through the query engine, replacing the one served before. */
async function serve(
  origin: DatasetOrigin,
  kind: 'published' | 'imported',
  id: (opened: DatasetEngine['opened']) => string,
) {
  const next = await createDatasetEngine(origin);
  const previous = engine;
  engine = next;
  if (next) setDataSource({ id: id(next.opened), kind, transport: next.transport });
  else setDataSource(null);
  previous?.dispose();
  return next;
}

function serveNetwork() {
  engine?.dispose();
  engine = null;
  setDataSource(null);
}

const importedId = (info: StoredDatasetInfo, observations: number) =>
  `imported:${info.importedAt}:${observations}`;

/** Where a published dataset is, looked for once (app-config.json). */
function lookForPublished() {
  // The published file is only looked for in a running app; unit tests ask for it explicitly.
  publishedCache ??=
    import.meta.env.MODE === 'test'
      ? Promise.resolve({ status: 'none' as const })
      : findPublishedDataset();
  return publishedCache;
}

async function showDefault(stored: StoredDatasetInfo | null) {
  const published = await lookForPublished();
  if (published.status === 'found') {
    try {
      await serve(
        { kind: 'published', url: published.url },
        'published',
        () => `published:${published.url}`,
      );
      update({ ready: true, shown: { kind: 'published', url: published.url }, stored });
      return;
    } catch (error) {
      serveNetwork();
      update({
        ready: true,
        shown: { kind: 'default' },
        stored,
        notice: {
          kind: 'published-failed',
          detail: `${published.url}：${error instanceof Error ? error.message : String(error)}`,
        },
      });
      return;
    }
  }
  serveNetwork();
  update({
    ready: true,
    shown: { kind: 'default' },
    stored,
    ...(published.status === 'failed' && {
      notice: { kind: 'published-failed', detail: `${published.url}：${published.reason}` },
    }),
  });
}

/**
 * Shows the import stored as current (after undoing the last one, with `undo`). The query worker
 * reads it from IndexedDB, or takes it whole where there is no IndexedDB. Falls back to the default
 * data with a notice when the store is damaged or, after an undo, empty.
 */
async function showStored(origin: DatasetOrigin) {
  let served: DatasetEngine | null;
  try {
    served = await serve(origin, 'imported', (opened) =>
      importedId(opened.info ?? { files: [], importedAt: '' }, opened.observations),
    );
  } catch (error) {
    update({
      notice: {
        // A worker that did not start says nothing about the stored data: it is kept, not offered
        // for deletion as damaged.
        kind: error instanceof QueryWorkerCrash ? 'engine-failed' : 'storage-damaged',
        detail: error instanceof Error ? error.message : String(error),
      },
    });
    return showDefault(null);
  }
  if (!served) return showDefault(null);
  const info = served.opened.info ?? memoryInfo;
  if (!info) return showDefault(null);
  update({ ready: true, shown: { kind: 'imported', info, canUndo: true }, stored: info });
}

/** Where IndexedDB is unavailable, the import shown lives only in this page. */
let memoryInfo: StoredDatasetInfo | null = null;

/**
 * Where an import finds the dataset on screen, to build on: the stored import and the published file
 * are read by the import worker itself; anything else (the API, an import kept only in this page)
 * is fetched through the API here.
 */
export async function shownDatasetOrigin(): Promise<DatasetOrigin> {
  const { shown } = state;
  if (shown.kind === 'imported' && storageAvailable()) return { kind: 'stored' };
  if (shown.kind === 'published') return { kind: 'published', url: shown.url };
  return { kind: 'dataset', dataset: await fetchCurrentDataset() };
}

/** Opens the dataset the page starts with: the one imported here, else the published one, else the API. */
export function startDataset(): Promise<void> {
  starting ??= (async () => {
    // Both at once: the stored import's status (IndexedDB: 70–210 ms from asking to knowing on a
    // first visit at CPU ×1, mostly waiting for the page's thread) and, in case there is none, the
    // published file's address (a failure is met there).
    lookForPublished().catch(() => undefined);
    const status = await readImportStatus();
    if (status.status === 'active') return showStored({ kind: 'stored' });
    if (status.status === 'damaged')
      update({ notice: { kind: 'storage-damaged', detail: status.reason } });
    return showDefault(status.status === 'inactive' ? status.info : null);
  })().catch((error: unknown) => {
    // Whatever went wrong, the page opens on the default data with a notice, never blank.
    update({ notice: { kind: 'storage-damaged', detail: String(error) } });
    return showDefault(null);
  });
  return starting;
}

/**
 * Shows a confirmed import. The import worker has already stored it (with the version it replaces,
 * for undo) and hands over only its information; without IndexedDB it hands over the dataset.
 */
export async function commitImportedDataset(committed: CommittedImport) {
  if (committed.kind === 'stored') return showStored({ kind: 'stored' });
  memoryInfo = committed.info;
  return showStored({ kind: 'dataset', dataset: committed.dataset });
}

/** 撤销导入: back to the version before the last import, or to the default data if there was none. */
export async function undoLastImport() {
  if (storageAvailable()) return showStored({ kind: 'stored', undo: true });
  memoryInfo = null;
  return showDefault(null);
}

export async function showDefaultDataset() {
  if (storageAvailable()) await selectDataset('default');
  await showDefault(state.stored);
}

export async function showImportedDataset() {
  const status = await readImportStatus();
  if (status.status !== 'active' && status.status !== 'inactive') return;
  await selectDataset('imported');
  await showStored({ kind: 'stored' });
}

export async function deleteImportedData() {
  if (storageAvailable()) await deleteImport();
  memoryInfo = null;
  update({ notice: null });
  await showDefault(null);
}

export function dismissNotice() {
  update({ notice: null });
}

/** For tests: forget everything, as a fresh page would. */
export function resetDatasetState() {
  engine?.dispose();
  engine = null;
  starting = null;
  publishedCache = null;
  setDataSource(null);
  memoryInfo = null;
  state = { ready: false, shown: { kind: 'default' }, stored: null, notice: null };
}
