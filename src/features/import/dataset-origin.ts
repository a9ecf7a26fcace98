import type { Dataset } from '@/schemas/api';
import { readPublishedDataset } from './published';
import { loadStoredDataset, undoImport, type StoredDatasetInfo } from './storage';

/**
 * Where a dataset comes from, small enough to post to a Web Worker: the worker reads the dataset
 * itself (from IndexedDB or the published file), so a million figures never pass through the page's
 * main thread. `dataset` hands one over whole (the default data fetched from the API, or where
 * IndexedDB is unavailable).
 */
export type DatasetOrigin =
  | { kind: 'dataset'; dataset: Dataset }
  /** The import stored as current; with `undo`, after putting back the version it replaced. */
  | { kind: 'stored'; undo?: boolean }
  | { kind: 'published'; url: string };

export type OpenedDataset = { dataset: Dataset; info: StoredDatasetInfo | null };

/** Reads the dataset an origin names; null when the store holds none (after undoing the first import). */
export async function openDataset(origin: DatasetOrigin): Promise<OpenedDataset | null> {
  if (origin.kind === 'dataset') return { dataset: origin.dataset, info: null };
  if (origin.kind === 'published')
    return { dataset: await readPublishedDataset(origin.url), info: null };
  if (origin.undo) await undoImport();
  const stored = await loadStoredDataset();
  return stored && { dataset: stored.dataset, info: stored.info };
}
