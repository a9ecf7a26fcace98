import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDataset } from '@mocks/node';
import { openDataset } from '@/features/import/dataset-origin';
import {
  loadStoredDataset,
  readImportStatus,
  RECORD_FORMAT,
  saveImport,
  undoImport,
} from '@/features/import/storage';
import { clearStorage, versionOneDatabase } from '../support/import-storage';

beforeEach(clearStorage);
afterEach(clearStorage);

const record = (importedAt: string, files = ['a.xlsx']) => ({
  format: RECORD_FORMAT,
  dataset: sampleDataset,
  info: { files, importedAt },
});

describe('the imported dataset in IndexedDB', () => {
  it('migrates a release-1 database: the information is read without the dataset', async () => {
    await versionOneDatabase({
      current: record('2024-07-02T00:00:00.000Z'),
      previous: record('2024-06-02T00:00:00.000Z'),
    });
    expect(await readImportStatus()).toEqual({
      status: 'active',
      info: { files: ['a.xlsx'], importedAt: '2024-07-02T00:00:00.000Z' },
    });
    const stored = await loadStoredDataset();
    expect(stored?.dataset.observations).toHaveLength(sampleDataset.observations.length);
    // The version before survives the migration too: undo brings its information back.
    expect(await undoImport()).toBe(true);
    expect(await readImportStatus()).toMatchObject({
      info: { importedAt: '2024-06-02T00:00:00.000Z' },
    });
  });

  it('reports a release-1 record without its information as damaged, not as nothing', async () => {
    await versionOneDatabase({ current: { format: 1, dataset: { meta: 'garbage' } } });
    expect(await readImportStatus()).toEqual({
      status: 'damaged',
      reason: 'the stored record has no import information',
    });
    // The worker that reads the dataset says what is wrong with it.
    await expect(openDataset({ kind: 'stored' })).rejects.toThrow(/does not fit the schema/);
  });

  it('keeps the replaced version for one undo, then goes back to nothing', async () => {
    expect(await readImportStatus()).toEqual({ status: 'none' });
    await saveImport(record('2024-07-02T00:00:00.000Z', ['first.csv']));
    await saveImport(record('2024-08-02T00:00:00.000Z', ['second.csv']));
    expect(await readImportStatus()).toMatchObject({ info: { files: ['second.csv'] } });

    const opened = await openDataset({ kind: 'stored', undo: true });
    expect(opened?.info).toEqual({ files: ['first.csv'], importedAt: '2024-07-02T00:00:00.000Z' });
    expect(await readImportStatus()).toMatchObject({ info: { files: ['first.csv'] } });

    expect(await openDataset({ kind: 'stored', undo: true })).toBeNull();
    expect(await readImportStatus()).toEqual({ status: 'none' });
  });
});
