import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { datasetSchema, type Dataset } from '@/schemas/api';

/*
 * The imported dataset in IndexedDB, so that it survives a reload. Two versions are kept: the one
 * shown and the one before the last import (撤销导入 brings it back). The database has a schema
 * version (stores) and each record a format version (its shape); both have a migration step, so a
 * later release can read what an earlier one stored.
 */

export const DATABASE_NAME = 'progress-dashboard';
/** Version of the database's stores; bump with a step in `upgrade`. */
export const DATABASE_VERSION = 1;
/** Version of a stored record's shape; bump with a step in `migrateRecord`. */
export const RECORD_FORMAT = 1;

export type StoredDatasetInfo = {
  /** The files the dataset was compiled from, in import order. */
  files: string[];
  /** ISO timestamp of the import. */
  importedAt: string;
};

export type StoredDataset = { format: number; dataset: Dataset; info: StoredDatasetInfo };

type Slot = 'current' | 'previous';
/** Which dataset the page opens with: the imported one, or the default (published, API or sample). */
type Selection = { format: number; use: 'imported' | 'default' };

interface ImportDatabase extends DBSchema {
  datasets: { key: Slot; value: StoredDataset };
  settings: { key: 'selection'; value: Selection };
}

let opening: Promise<IDBPDatabase<ImportDatabase>> | null = null;

function database() {
  opening ??= openDB<ImportDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      // Each step takes the database one version further; a fresh install runs them all.
      if (oldVersion < 1) {
        db.createObjectStore('datasets');
        db.createObjectStore('settings');
      }
    },
    blocking() {
      // Another tab opens a newer version: let it, and reopen next time.
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

export function storageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** Brings a record of an older format to the current one; an unknown shape is damage. */
export function migrateRecord(record: unknown): StoredDataset {
  if (typeof record !== 'object' || record === null || !('format' in record))
    throw new Error('the stored record has no format version');
  const format = (record as { format: unknown }).format;
  if (format !== RECORD_FORMAT) throw new Error(`unknown stored format ${String(format)}`);
  const { dataset, info } = record as unknown as { dataset: unknown; info: unknown };
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the stored dataset does not fit the schema (${issue?.path.join('.')}: ${issue?.message})`,
    );
  }
  const files = (info as StoredDatasetInfo | undefined)?.files;
  const importedAt = (info as StoredDatasetInfo | undefined)?.importedAt;
  if (!Array.isArray(files) || typeof importedAt !== 'string')
    throw new Error('the stored record has no import information');
  return {
    format: RECORD_FORMAT,
    dataset: parsed.data,
    info: { files: files.map(String), importedAt },
  };
}

export type LoadedImport =
  | { status: 'none' }
  | { status: 'inactive'; stored: StoredDataset }
  | { status: 'active'; stored: StoredDataset; canUndo: boolean; hasPrevious: boolean }
  | { status: 'damaged'; reason: string };

/** What the page should open with; never throws: damaged storage is reported, not fatal. */
export async function loadImport(): Promise<LoadedImport> {
  if (!storageAvailable()) return { status: 'none' };
  try {
    const db = await database();
    const [current, previous, selection] = await Promise.all([
      db.get('datasets', 'current'),
      db.get('datasets', 'previous'),
      db.get('settings', 'selection'),
    ]);
    if (current === undefined) return { status: 'none' };
    const stored = migrateRecord(current);
    if (selection?.use === 'default') return { status: 'inactive', stored };
    // Undo goes back to the version before, or with none left, to the default data.
    return { status: 'active', stored, canUndo: true, hasPrevious: previous !== undefined };
  } catch (error) {
    return { status: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Stores a committed import, keeping the version it replaces for undo; all in one transaction. */
export async function saveImport(stored: StoredDataset, replaced: StoredDataset | null) {
  const db = await database();
  const transaction = db.transaction(['datasets', 'settings'], 'readwrite');
  const datasets = transaction.objectStore('datasets');
  await Promise.all([
    replaced ? datasets.put(replaced, 'previous') : datasets.delete('previous'),
    datasets.put(stored, 'current'),
    transaction
      .objectStore('settings')
      .put({ format: RECORD_FORMAT, use: 'imported' }, 'selection'),
    transaction.done,
  ]);
}

/** 撤销导入: the version before the last import comes back; there is one level of undo. */
export async function undoImport(): Promise<StoredDataset | null> {
  const db = await database();
  const transaction = db.transaction('datasets', 'readwrite');
  const datasets = transaction.objectStore('datasets');
  const previous = await datasets.get('previous');
  if (previous) await datasets.put(previous, 'current');
  else await datasets.delete('current');
  await datasets.delete('previous');
  await transaction.done;
  return previous ? migrateRecord(previous) : null;
}

export async function selectDataset(use: Selection['use']) {
  const db = await database();
  await db.put('settings', { format: RECORD_FORMAT, use }, 'selection');
}

/** Deletes every imported version; the page goes back to the default dataset. */
export async function deleteImport() {
  const db = await database();
  const transaction = db.transaction(['datasets', 'settings'], 'readwrite');
  await Promise.all([
    transaction.objectStore('datasets').clear(),
    transaction.objectStore('settings').clear(),
    transaction.done,
  ]);
}

/** For tests and the damaged-storage path: forget the open connection. */
export async function closeStorage() {
  const db = await opening;
  db?.close();
  opening = null;
}
