import type { Dataset } from '@/schemas/api';
import type { ImportedFigure } from './parse/interpret';
import { readImportFile, type FileInput, type FileReading } from './parse/read-file';
import { applyImport, planImport, type FigureMerge, type ImportPlan } from './plan';

/** New and changed figures listed in the preview; the counts cover all of them. */
export const PREVIEW_ROWS = 200;

/**
 * How far reading has got: `done` files of `total`, and within the file being read (`file`) the
 * share of it read so far, 0–1.
 */
export type ImportProgress = { done: number; total: number; file: string; fraction: number };

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

  apply(choices: ReadonlyMap<string, ImportedFigure>, now: Date): Dataset {
    if (!this.planned) throw new Error('nothing has been read');
    const { plan, merge } = this.planned;
    return applyImport(this.current, this.readings, plan, merge, choices, now);
  }
}
