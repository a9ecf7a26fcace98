import type { Dataset } from '@/schemas/api';
import type { ImportedFigure } from './parse/interpret';
import { readImportFile, type FileInput, type FileReading } from './parse/read-file';
import { applyImport, planImport, summarisePlan, type ImportPlan } from './plan';

/** New and changed figures listed in the preview; the counts cover all of them. */
export const PREVIEW_ROWS = 200;

export type ImportProgress = { done: number; total: number; file: string };

/**
 * One import from files to dataset, the same code in the Web Worker and in this thread: read and
 * check every file, plan, then (after the user confirms) apply.
 */
export class ImportSession {
  private readings: FileReading[] = [];
  private current: Dataset;
  private plan: ImportPlan | null = null;

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
      onProgress({ done: index, total: files.length, file: file.name });
      const reading = readImportFile(file, catalogue);
      if (reading.dataset) {
        catalogue.units = reading.dataset.units;
        catalogue.indicators = reading.dataset.indicators;
      }
      this.readings.push(reading);
    });
    onProgress({ done: files.length, total: files.length, file: '' });
    this.plan = planImport(this.current, this.readings);
    return rows === Infinity ? this.plan : summarisePlan(this.plan, rows);
  }

  apply(choices: ReadonlyMap<string, ImportedFigure>, now: Date): Dataset {
    if (!this.plan) throw new Error('nothing has been read');
    return applyImport(this.current, this.readings, this.plan, choices, now);
  }
}
