import type { MeasureUnit } from '@/schemas/indicator';

/**
 * The numbers behind a chart, as rows and columns: what "view as table" shows and what CSV and
 * Excel exports write. Cells hold raw values; `formatted` holds the text shown on screen.
 */
export type DataTableColumn = {
  key: string;
  label: string;
  /** The measure unit of a numeric column, so that exports can name it in the header. */
  unit?: MeasureUnit;
};

export type DataTableCell = string | number | null;

export type DataTable = {
  caption: string;
  columns: DataTableColumn[];
  rows: Array<Record<string, DataTableCell>>;
};
