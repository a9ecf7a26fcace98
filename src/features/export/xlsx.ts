// The universal build only makes Blobs, which is all we need: saving goes through our own saveFile.
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { DataTable, DataTableCell } from '@/lib/data-table';
import type { Provenance } from '@/lib/provenance';
import { columnHeader } from './csv';
import { provenanceFields } from './provenance-text';
import { displayColumns } from './text-measure';

/*
 * Two sheets. The first holds the table alone, its header in row 1, so that sorting, filters and
 * pivot tables work on it as they are. The second, 说明, holds the provenance as label and value.
 * Sample data names the first sheet 示例数据, so the mark is in sight wherever the numbers are.
 * Cells are typed, so text is never read as a formula and needs no apostrophe.
 */

const sheetNames = {
  'zh-CN': { data: '数据', sample: '示例数据', notes: '说明' },
  en: { data: 'Data', sample: 'Sample data', notes: 'Notes' },
} as const;

// Office's own fonts with Chinese glyphs: WPS and Excel on the intranet have at least one of them.
const FONT_FAMILY = 'Microsoft YaHei';

const MAX_COLUMN_WIDTH = 60;

function dataCell(value: DataTableCell | undefined): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  if (typeof value === 'string') return { value, type: String };
  return null;
}

function columnWidths(rows: Row[]): Array<{ width: number }> {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      const value =
        cell !== null && typeof cell === 'object' && 'value' in cell ? cell.value : cell;
      const width = value == null ? 0 : displayColumns(String(value));
      widths[index] = Math.max(widths[index] ?? 8, Math.min(width + 2, MAX_COLUMN_WIDTH));
    });
  }
  return widths.map((width) => ({ width }));
}

export function tableToXlsxSheets(table: DataTable, provenance: Provenance): Array<Sheet<Blob>> {
  const names = sheetNames[provenance.language];
  const header: Row = table.columns.map((column) => ({
    value: columnHeader(column),
    type: String,
    fontWeight: 'bold',
  }));
  const body: Row[] = table.rows.map((row) =>
    table.columns.map((column) => dataCell(row[column.key])),
  );
  const data = [header, ...body];
  const notes: Row[] = provenanceFields(provenance).map(({ key, label, value }) => [
    { value: label, type: String, fontWeight: 'bold' },
    {
      value,
      type: String,
      ...(key === 'sample' || key === 'title' ? { fontWeight: 'bold' as const } : {}),
      ...(key === 'sample' ? { textColor: '#C00000' } : {}),
    },
  ]);
  return [
    {
      data,
      sheet: provenance.isSample ? names.sample : names.data,
      columns: columnWidths(data),
      stickyRowsCount: 1,
    },
    { data: notes, sheet: names.notes, columns: columnWidths(notes) },
  ];
}

export function tableToXlsx(table: DataTable, provenance: Provenance): Promise<Blob> {
  return writeXlsxFile(tableToXlsxSheets(table, provenance), { fontFamily: FONT_FAMILY }).toBlob();
}
