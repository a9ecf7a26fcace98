/** A cell as read from a file, before it means anything. */
export type GridCell = {
  value: string | number | boolean | null;
  /** The cell holds a formula; `value` is the result Excel or WPS saved with it. */
  formula?: boolean;
  /** The cell is formatted as a date, so a number is an Excel date serial. */
  date?: boolean;
  /** Part of a merged range, not its top-left cell: `value` was copied from there. */
  mergedFrom?: string;
};

/** A cell, or for a CSV just its text (a million cells need no object each). */
export type GridEntry = GridCell | string | undefined;

export const cellObject = (entry: GridEntry): GridCell | undefined =>
  typeof entry === 'string' ? undefined : entry;

export type GridRow = { rowNumber: number; cells: GridEntry[] };

/** One sheet of a workbook, or the one table of a CSV file. */
export type Grid = {
  file: string;
  /** The sheet's name; absent for a CSV file. */
  sheet?: string;
  /** Rows that hold at least one cell, in order; blank rows are left out. */
  rows: GridRow[];
  /** CSV columns are named by their header; spreadsheet columns by their letter. */
  columnNames: 'letters' | 'headers';
  /** A hidden sheet (the template's lists): skipped when it holds no table. */
  hidden?: boolean;
};
