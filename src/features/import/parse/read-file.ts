import { datasetSchema, type Dataset } from '@/schemas/api';
import type { Catalogue } from './catalogue';
import { csvRows } from './csv-scanner';
import { decodeText, detectEncoding } from './decode-text';
import type { Grid, GridRow, SheetGrid } from './grid';
import { FigureList } from './figure-list';
import { interpretGrids } from './interpret';
import { KeyIndex } from '../figure-key';
import { ImportRefusal, type ImportProblem } from './problems';
import { readXlsx } from './xlsx-reader';

export const FILE_LIMITS = {
  /** Larger files are refused before they are read: a million figures as CSV is about 40 MB. */
  maxBytes: 120 * 1024 * 1024,
} as const;

/** A file's name and bytes; `size` alone (bytes left empty) for a file refused as too large unread. */
export type FileInput = { name: string; bytes: Uint8Array; size?: number };

/**
 * A chosen file's bytes, read where the import runs (the Web Worker: a File passes to it unread), so
 * a 100 MB file is never copied on the page's main thread. A file over the limit is refused by its
 * size, without reading it into memory.
 */
export async function fileInput(file: Blob & { name: string }): Promise<FileInput> {
  if (file.size > FILE_LIMITS.maxBytes)
    return { name: file.name, bytes: new Uint8Array(0), size: file.size };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export type FileReading = {
  file: string;
  format: 'xlsx' | 'csv' | 'json';
  encoding?: string;
  figures: FigureList;
  problems: ImportProblem[];
  /** A dataset JSON brings its own catalogue, tasks and texts. */
  dataset?: Dataset;
};

function formatOf(input: FileInput): FileReading['format'] | null {
  const { bytes, name } = input;
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  return null;
}

/**
 * A CSV file's one table, scanned as it is read. Our own scanner rather than papaparse: at a million
 * rows papaparse alone takes longer than the whole import may, and holds every row at once.
 */
export function csvGrid(
  input: FileInput,
  onProgress?: (fraction: number) => void,
): { grid: Grid; encoding: string } {
  const { encoding, start } = detectEncoding(input.bytes);
  const rows = csvRows(input.bytes, encoding, start, onProgress);
  return { grid: { file: input.name, rows, columnNames: 'headers' }, encoding };
}

function readDatasetJson(input: FileInput): FileReading {
  const { text } = decodeText(input.bytes);
  const base = { file: input.name, format: 'json' as const, figures: new FigureList(input.name) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      problems: [{ severity: 'error', file: input.name, message: `不是有效的 JSON：${message}` }],
    };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ...base,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        severity: 'error' as const,
        file: input.name,
        column: issue.path.join('.') || '(根)',
        message: `不符合数据集格式（docs/api.md）：${issue.message}`,
      })),
    };
  }
  const dataset = parsed.data;
  const units = new Set(dataset.units.map((unit) => unit.id));
  const indicators = new Set(dataset.indicators.map((indicator) => indicator.id));
  const problems: ImportProblem[] = [];
  const figures = new FigureList(input.name, dataset.observations.length);
  const seen = new KeyIndex(dataset.observations.length);
  dataset.observations.forEach((observation, index) => {
    const at = { severity: 'error' as const, file: input.name, column: `observations.${index}` };
    if (!units.has(observation.unitId))
      problems.push({
        ...at,
        value: observation.unitId,
        message: `未知的盟市 id“${observation.unitId}”。`,
      });
    else if (!indicators.has(observation.indicatorId))
      problems.push({
        ...at,
        value: observation.indicatorId,
        message: `未知的指标 id“${observation.indicatorId}”。`,
      });
    else {
      const key = figures.keyOf(observation);
      if (seen.get(key) !== undefined) {
        problems.push({
          ...at,
          message: `重复的观测值：${observation.unitId} ${observation.period} ${observation.indicatorId}。`,
        });
        return;
      }
      // Placed by its path in the JSON (column and row read together: observations.12).
      seen.set(
        key,
        figures.push({
          indicatorId: observation.indicatorId,
          unitId: observation.unitId,
          period: observation.period,
          value: observation.value,
          note: observation.note,
          row: index,
          column: 'observations.',
        }),
      );
    }
  });
  return { ...base, figures, problems, dataset };
}

/** Rows checked between two progress reports. */
const ROWS_PER_REPORT = 2_000;

/** The sheets, reporting the second half of the progress as their rows are taken in turn. */
function withRowProgress(grids: SheetGrid[], onProgress?: (fraction: number) => void): Grid[] {
  if (!onProgress) return grids;
  const total = grids.reduce((sum, grid) => sum + grid.rows.length, 0) || 1;
  let taken = 0;
  return grids.map((grid) => ({
    ...grid,
    rows: {
      *[Symbol.iterator](): Generator<GridRow> {
        for (const row of grid.rows) {
          taken += 1;
          if (taken % ROWS_PER_REPORT === 0) onProgress(0.5 + taken / total / 2);
          yield row;
        }
      },
    },
  }));
}

/**
 * Reads one file of any accepted kind into figures and located problems. Never throws for bad input:
 * a file that cannot be read at all comes back with one problem that says why.
 */
export function readImportFile(
  input: FileInput,
  catalogue: Catalogue,
  onProgress?: (fraction: number) => void,
): FileReading {
  const refused = (format: FileReading['format'], message: string): FileReading => ({
    file: input.name,
    format,
    figures: new FigureList(input.name),
    problems: [{ severity: 'error', file: input.name, message }],
  });
  const size = input.size ?? input.bytes.length;
  if (size > FILE_LIMITS.maxBytes)
    return refused(
      'csv',
      `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 ${FILE_LIMITS.maxBytes / 1024 / 1024} MB 的上限，已拒绝。请拆分后再导入。`,
    );
  const format = formatOf(input);
  if (!format)
    return refused(
      'csv',
      '不支持的文件类型：请导入 .xlsx、.csv 或数据集 .json 文件（旧版 .xls 请另存为 .xlsx）。',
    );
  if (input.bytes.length === 0) return refused(format, '文件是空的。');
  try {
    if (format === 'json') return readDatasetJson(input);
    if (format === 'xlsx') {
      // Half the bar for reading the sheets, half for checking their rows.
      const grids = readXlsx(input.name, input.bytes, (fraction) => onProgress?.(fraction / 2));
      const interpreted = interpretGrids(withRowProgress(grids, onProgress), catalogue);
      // A sheet without a table is left after its first rows: the bar ends full regardless.
      onProgress?.(1);
      return { file: input.name, format, ...interpreted };
    }
    const { grid, encoding } = csvGrid(input, onProgress);
    return { file: input.name, format, encoding, ...interpretGrids([grid], catalogue) };
  } catch (error) {
    if (error instanceof ImportRefusal)
      return {
        file: input.name,
        format,
        figures: new FigureList(input.name),
        problems: [error.problem],
      };
    const message = error instanceof Error ? error.message : String(error);
    return refused(format, `读取文件时出错：${message}`);
  }
}
