import type { DataTable, DataTableCell, DataTableColumn } from '@/lib/data-table';
import type { Provenance } from '@/lib/provenance';
import { provenanceLines } from './provenance-text';

/*
 * CSV for Excel and WPS as officials open it: by double-click, with no import dialog.
 *
 * - UTF-8 with a BOM, or both programs guess a legacy code page and garble the Chinese.
 * - RFC 4180: CRLF line ends, a field with a quote, comma, CR or LF is quoted and its quotes
 *   doubled. Every text field is quoted, numbers never are, so a reader can tell text from numbers.
 * - Every row has as many fields as the table has columns, the provenance rows too: RFC 4180 asks
 *   for it, and strict readers (Python's csv, papaparse) then see one rectangular table.
 * - Provenance first, one fact per row in column 1, then a blank row, then the header: a reader who
 *   opens the file sees what it is before the numbers; a program skips `provenanceRowCount` rows.
 * - Formula injection (OWASP "CSV Injection"): a text field starting with =, +, -, @, tab, CR or LF
 *   gets a leading apostrophe, which spreadsheets show as text instead of evaluating. This applies
 *   to every field of type string, even "-12.5": the writer cannot tell a number that was passed as
 *   text from a name an importer typed, and the table contract says numbers are numbers. Real
 *   numbers (type number, negatives included) are written bare and stay numbers.
 */

const BOM = '\uFEFF';
const LINE_END = '\r\n';

// The full-width signs are included defensively: some spreadsheets in CJK locales accept them as
// the start of a formula, and the cost of covering them is one visible apostrophe.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/** Prefixes an apostrophe to text that a spreadsheet would otherwise read as a formula. */
export function neutraliseFormula(text: string): string {
  const first = text.charAt(0);
  return FORMULA_TRIGGERS.has(first) ? `'${text}` : text;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const textField = (text: string) => quote(neutraliseFormula(text));

function cellField(cell: DataTableCell | undefined): string {
  if (typeof cell === 'number') {
    // A non-finite number is no measurement: a gap, like null, never "NaN" or "Infinity".
    return Number.isFinite(cell) ? String(cell) : '';
  }
  if (typeof cell === 'string') return textField(cell);
  return '';
}

/** "化解率(%)": the unit belongs in the header, as the cells hold bare numbers. */
export function columnHeader(column: DataTableColumn): string {
  if (!column.unit) return column.label;
  const suffixes = [`(${column.unit})`, `（${column.unit}）`];
  if (suffixes.some((suffix) => column.label.endsWith(suffix))) return column.label;
  return `${column.label}(${column.unit})`;
}

const record = (fields: string[]) => fields.join(',');

/** The number of rows before the header row: provenance lines plus the blank row. */
export function provenanceRowCount(provenance?: Provenance): number {
  return provenance ? provenanceLines(provenance).length + 1 : 0;
}

export function tableToCsv(table: DataTable, provenance?: Provenance): string {
  const width = Math.max(table.columns.length, 1);
  const emptyFields = (count: number) => Array.from({ length: count }, () => '');
  const records: string[] = [];

  if (provenance) {
    for (const line of provenanceLines(provenance)) {
      records.push(record([textField(line), ...emptyFields(width - 1)]));
    }
    records.push(record(emptyFields(width)));
  }
  records.push(record(table.columns.map((column) => textField(columnHeader(column)))));
  for (const row of table.rows) {
    records.push(record(table.columns.map((column) => cellField(row[column.key]))));
  }
  return BOM + records.map((line) => line + LINE_END).join('');
}

/** The CSV as a file, typed so that browsers and mail clients treat it as UTF-8 text. */
export function tableToCsvBlob(table: DataTable, provenance?: Provenance): Blob {
  return new Blob([tableToCsv(table, provenance)], { type: 'text/csv;charset=utf-8' });
}
