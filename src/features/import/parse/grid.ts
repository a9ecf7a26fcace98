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

/**
 * A cell: an object only when it carries more than its value (a formula, a date format, a merged
 * range); a plain text or number otherwise, since a million cells need no object each.
 */
export type GridEntry = GridCell | string | number | undefined;

export const cellObject = (entry: GridEntry): GridCell | undefined =>
  typeof entry === 'object' ? entry : undefined;

export const cellValue = (entry: GridEntry): GridCell['value'] | undefined =>
  typeof entry === 'object' ? entry.value : entry;

export type GridRow = { rowNumber: number; cells: GridEntry[] };

/** One sheet of a workbook, or the one table of a CSV file. */
export type Grid = {
  file: string;
  /** The sheet's name; absent for a CSV file. */
  sheet?: string;
  /**
   * Rows that hold at least one cell, in order; blank rows are left out. Read once, front to back:
   * a CSV file's rows are scanned as they are asked for, never held all at once.
   */
  rows: Iterable<GridRow>;
  /** CSV columns are named by their header; spreadsheet columns by their letter. */
  columnNames: 'letters' | 'headers';
  /** A hidden sheet (the template's lists): skipped when it holds no table. */
  hidden?: boolean;
};

/** A sheet of a workbook, whose rows are all read before it is interpreted. */
export type SheetGrid = Grid & { sheet: string; rows: GridRow[] };
