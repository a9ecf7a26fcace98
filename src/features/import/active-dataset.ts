import { useSyncExternalStore } from 'react';
import { setDataSource } from '@/lib/data-source';
import { createDatasetEngine, type DatasetEngine } from '@/lib/dataset-engine';
import type { Dataset } from '@/schemas/api';
import { loadPublishedDataset } from './published';
import {
  deleteImport,
  loadImport,
  RECORD_FORMAT,
  saveImport,
  selectDataset,
  storageAvailable,
  undoImport,
  type StoredDataset,
  type StoredDatasetInfo,
} from './storage';

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
  notice: { kind: 'storage-damaged' | 'published-failed'; detail: string } | null;
};

let state: DatasetState = { ready: false, shown: { kind: 'default' }, stored: null, notice: null };
const listeners = new Set<() => void>();
let engine: DatasetEngine | null = null;
let publishedCache: Promise<Awaited<ReturnType<typeof loadPublishedDataset>>> | null = null;
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

async function serve(dataset: Dataset | null, id: string, kind: 'published' | 'imported') {
  const previous = engine;
  if (dataset) {
    engine = await createDatasetEngine(dataset);
    setDataSource({ id, kind, transport: engine.transport });
  } else {
    engine = null;
    setDataSource(null);
  }
  previous?.dispose();
}

const importedId = (stored: StoredDataset) =>
  `imported:${stored.info.importedAt}:${stored.dataset.observations.length}`;

async function showDefault(stored: StoredDatasetInfo | null) {
  // The published file is only looked for in a running app; unit tests ask for it explicitly.
  publishedCache ??=
    import.meta.env.MODE === 'test'
      ? Promise.resolve({ status: 'none' as const })
      : loadPublishedDataset();
  const published = await publishedCache;
  if (published.status === 'loaded') {
    await serve(published.dataset, `published:${published.url}`, 'published');
    update({ ready: true, shown: { kind: 'published', url: published.url }, stored });
    return;
  }
  await serve(null, 'network', 'published');
  update({
    ready: true,
    shown: { kind: 'default' },
    stored,
    ...(published.status === 'failed' && {
      notice: { kind: 'published-failed', detail: `${published.url}：${published.reason}` },
    }),
  });
}

async function showImported(stored: StoredDataset, canUndo: boolean) {
  await serve(stored.dataset, importedId(stored), 'imported');
  update({
    ready: true,
    shown: { kind: 'imported', info: stored.info, canUndo },
    stored: stored.info,
  });
}

/** Opens the dataset the page starts with: the one imported here, else the published one, else the API. */
export function startDataset(): Promise<void> {
  starting ??= (async () => {
    const loaded = await loadImport();
    if (loaded.status === 'active') return showImported(loaded.stored, loaded.canUndo);
    if (loaded.status === 'damaged')
      update({ notice: { kind: 'storage-damaged', detail: loaded.reason } });
    return showDefault(loaded.status === 'inactive' ? loaded.stored.info : null);
  })().catch((error: unknown) => {
    // Whatever went wrong, the page opens on the default data with a notice, never blank.
    update({ notice: { kind: 'storage-damaged', detail: String(error) } });
    return showDefault(null);
  });
  return starting;
}

/** Applies a confirmed import: stored first (with the version it replaces), then shown. */
export async function commitImportedDataset(dataset: Dataset, files: string[], now: Date) {
  const stored: StoredDataset = {
    format: RECORD_FORMAT,
    dataset,
    info: { files, importedAt: now.toISOString() },
  };
  if (storageAvailable()) {
    const loaded = await loadImport();
    await saveImport(stored, loaded.status === 'active' ? loaded.stored : null);
  }
  // Undo is always possible: to the version replaced, or back to the default data.
  await showImported(stored, true);
}

/** 撤销导入: back to the version before the last import, or to the default data if there was none. */
export async function undoLastImport() {
  const previous = storageAvailable() ? await undoImport() : null;
  if (previous) await showImported(previous, true);
  else await showDefault(null);
}

export async function showDefaultDataset() {
  if (storageAvailable()) await selectDataset('default');
  await showDefault(state.stored);
}

export async function showImportedDataset() {
  const loaded = await loadImport();
  if (loaded.status !== 'active' && loaded.status !== 'inactive') return;
  await selectDataset('imported');
  await showImported(loaded.stored, true);
}

export async function deleteImportedData() {
  if (storageAvailable()) await deleteImport();
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
  state = { ready: false, shown: { kind: 'default' }, stored: null, notice: null };
}
