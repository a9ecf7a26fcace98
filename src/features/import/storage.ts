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
export const DATABASE_VERSION = 2;
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
  /**
   * Each slot's import information alone (version 2), so that the page can say what is stored
   * without reading a dataset of a million figures on its main thread: the datasets themselves are
   * read and written by the Web Workers that use them.
   */
  infos: { key: Slot; value: StoredDatasetInfo };
  settings: { key: 'selection'; value: Selection };
}

const isInfo = (value: unknown): value is StoredDatasetInfo =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as StoredDatasetInfo).files) &&
  typeof (value as StoredDatasetInfo).importedAt === 'string';

let opening: Promise<IDBPDatabase<ImportDatabase>> | null = null;

function database() {
  opening ??= openDB<ImportDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      // Each step takes the database one version further; a fresh install runs them all.
      if (oldVersion < 1) {
        db.createObjectStore('datasets');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        const infos = db.createObjectStore('infos');
        // Version 1 kept the information inside each record: copy it out once. A record without
        // it is left as it is and reported as damaged when the page opens.
        let cursor = await transaction.objectStore('datasets').openCursor();
        while (cursor) {
          const info = (cursor.value as { info?: unknown }).info;
          if (isInfo(info)) await infos.put(info, cursor.key);
          cursor = await cursor.continue();
        }
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

export type ImportStatus =
  | { status: 'none' }
  | { status: 'inactive'; info: StoredDatasetInfo }
  | { status: 'active'; info: StoredDatasetInfo }
  | { status: 'damaged'; reason: string };

/**
 * What the page should open with, from the import information alone (the dataset is read by the
 * query worker); never throws: damaged storage is reported, not fatal.
 */
export async function readImportStatus(): Promise<ImportStatus> {
  if (!storageAvailable()) return { status: 'none' };
  try {
    const db = await database();
    const [key, info, selection] = await Promise.all([
      db.getKey('datasets', 'current'),
      db.get('infos', 'current'),
      db.get('settings', 'selection'),
    ]);
    if (key === undefined) return { status: 'none' };
    if (!isInfo(info)) throw new Error('the stored record has no import information');
    return { status: selection?.use === 'default' ? 'inactive' : 'active', info };
  } catch (error) {
    return { status: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The dataset stored as current, checked against the contract; null when there is none. */
export async function loadStoredDataset(): Promise<StoredDataset | null> {
  const db = await database();
  const record: unknown = await db.get('datasets', 'current');
  return record === undefined ? null : migrateRecord(record);
}

/**
 * Stores a committed import, keeping the version it replaces for undo; all in one transaction. The
 * replaced version moves as it is, unread.
 */
export async function saveImport(stored: StoredDataset) {
  const db = await database();
  const transaction = db.transaction(['datasets', 'infos', 'settings'], 'readwrite');
  const datasets = transaction.objectStore('datasets');
  const infos = transaction.objectStore('infos');
  const [replaced, replacedInfo] = await Promise.all([
    datasets.get('current'),
    infos.get('current'),
  ]);
  await Promise.all([
    replaced ? datasets.put(replaced, 'previous') : datasets.delete('previous'),
    replacedInfo ? infos.put(replacedInfo, 'previous') : infos.delete('previous'),
    datasets.put(stored, 'current'),
    infos.put(stored.info, 'current'),
    transaction
      .objectStore('settings')
      .put({ format: RECORD_FORMAT, use: 'imported' }, 'selection'),
    transaction.done,
  ]);
}

/**
 * 撤销导入: the version before the last import comes back; there is one level of undo. True when
 * there was one, false when the page goes back to the default data.
 */
export async function undoImport(): Promise<boolean> {
  const db = await database();
  const transaction = db.transaction(['datasets', 'infos'], 'readwrite');
  const datasets = transaction.objectStore('datasets');
  const infos = transaction.objectStore('infos');
  const [previous, previousInfo] = await Promise.all([
    datasets.get('previous'),
    infos.get('previous'),
  ]);
  if (previous) await datasets.put(previous, 'current');
  else await datasets.delete('current');
  if (previous && previousInfo) await infos.put(previousInfo, 'current');
  else await infos.delete('current');
  await Promise.all([datasets.delete('previous'), infos.delete('previous')]);
  await transaction.done;
  return previous !== undefined;
}

export async function selectDataset(use: Selection['use']) {
  const db = await database();
  await db.put('settings', { format: RECORD_FORMAT, use }, 'selection');
}

/** Deletes every imported version; the page goes back to the default dataset. */
export async function deleteImport() {
  const db = await database();
  const transaction = db.transaction(['datasets', 'infos', 'settings'], 'readwrite');
  await Promise.all([
    transaction.objectStore('datasets').clear(),
    transaction.objectStore('infos').clear(),
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
