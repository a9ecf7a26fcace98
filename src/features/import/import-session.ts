import type { Dataset } from '@/schemas/api';
import type { CommittedImport } from './active-dataset';
import { openDataset, type DatasetOrigin } from './dataset-origin';
import type { ImportedFigure } from './parse/interpret';
import { readImportFile, type FileInput, type FileReading } from './parse/read-file';
import { applyImport, planImport, type FigureMerge, type ImportPlan } from './plan';
import { RECORD_FORMAT, saveImport, storageAvailable } from './storage';

/** New and changed figures listed in the preview; the counts cover all of them. */
export const PREVIEW_ROWS = 200;

/**
 * How far reading has got: `done` files of `total`, and within the file being read (`file`) the
 * share of it read so far, 0–1.
 */
export type ImportProgress = { done: number; total: number; file: string; fraction: number };

/** What the preview needs of the dataset the import builds on: its names, and whether it is the sample. */
export type CurrentNames = {
  isSample: boolean;
  units: Array<{ id: string; name: string }>;
  indicators: Array<{ id: string; name: string }>;
};

/**
 * One import from files to dataset, the same code in the Web Worker and in this thread: read and
 * check every file, plan, then (after the user confirms) apply.
 */
export class ImportSession {
  private readings: FileReading[] = [];
  private current: Dataset;
  private planned: { plan: ImportPlan; merge: FigureMerge } | null = null;

  constructor(current: Dataset) {
    this.current = current;
  }

  /** Reads and checks the files; the plan's lists of new and changed figures are cut to `rows`. */
  read(
    files: FileInput[],
    onProgress: (progress: ImportProgress) => void,
    rows = Infinity,
  ): ImportPlan {
    this.readings = [];
    const catalogue = { units: this.current.units, indicators: this.current.indicators };
    // A dataset JSON brings its own catalogue: read it first, then the other files against it.
    const ordered = [...files].sort(
      (a, b) => Number(!/\.json$/i.test(a.name)) - Number(!/\.json$/i.test(b.name)),
    );
    ordered.forEach((file, index) => {
      const progress = (fraction: number) =>
        onProgress({ done: index, total: files.length, file: file.name, fraction });
      progress(0);
      const reading = readImportFile(file, catalogue, progress);
      if (reading.dataset) {
        catalogue.units = reading.dataset.units;
        catalogue.indicators = reading.dataset.indicators;
      }
      this.readings.push(reading);
    });
    onProgress({ done: files.length, total: files.length, file: '', fraction: 0 });
    this.planned = planImport(this.current, this.readings, rows);
    return this.planned.plan;
  }

  /** Names for the preview: the dataset on screen's, and those of a dataset JSON being read. */
  names(): CurrentNames {
    const named = ({ id, name }: { id: string; name: string }) => ({ id, name });
    const brought = this.readings.find((reading) => reading.dataset)?.dataset;
    const merged = <T extends { id: string; name: string }>(current: T[], added: T[] = []) => [
      ...new Map([...current, ...added].map((item) => [item.id, named(item)])).values(),
    ];
    return {
      isSample: this.current.meta.isSample,
      units: merged(this.current.units, brought?.units),
      indicators: merged(this.current.indicators, brought?.indicators),
    };
  }

  apply(choices: ReadonlyMap<string, ImportedFigure>, now: Date): Dataset {
    if (!this.planned) throw new Error('nothing has been read');
    const { plan, merge } = this.planned;
    return applyImport(this.current, this.readings, plan, merge, choices, now);
  }

  /**
   * Applies and stores the import where it runs (IndexedDB is there in a worker too), keeping the
   * version it replaces for undo; only its information goes back to the page. Without IndexedDB the
   * dataset itself goes back.
   */
  async commit(
    choices: ReadonlyMap<string, ImportedFigure>,
    now: Date,
    files: string[],
  ): Promise<CommittedImport> {
    const dataset = this.apply(choices, now);
    const info = { files, importedAt: now.toISOString() };
    if (!storageAvailable()) return { kind: 'unstored', info, dataset };
    await saveImport({ format: RECORD_FORMAT, dataset, info });
    return { kind: 'stored', info };
  }
}

/** A session on the dataset an origin names (the one on screen), read where the session runs. */
export async function openImportSession(origin: DatasetOrigin): Promise<ImportSession> {
  const opened = await openDataset(origin);
  if (!opened) throw new Error('the dataset on screen is no longer stored');
  return new ImportSession(opened.dataset);
}
