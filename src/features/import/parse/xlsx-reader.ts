import { unzipSync } from 'fflate';
import type { GridCell, GridRow, SheetGrid } from './grid';
import { columnLetter, ImportRefusal } from './problems';

/*
 * A small XLSX reader of our own (fflate for the zip), rather than a general library, because an
 * import must see what general readers hide: which cells hold formulas (we take the value Excel or
 * WPS saved with them, and say so), which are merged (labels fill the whole range; a figure does
 * not), which are formatted as dates (serials become months), and the sizes an archive declares
 * before anything is inflated (zip bombs are refused up front). No DOM is needed, so it runs in a
 * Web Worker.
 */

export const XLSX_LIMITS = {
  /** Total inflated size of the parts we read. */
  maxInflatedBytes: 400 * 1024 * 1024,
  /** A part this many times larger than its compressed bytes is a crafted archive. */
  maxRatio: 200,
  /** …unless it is small enough not to matter. */
  ratioFloorBytes: 10 * 1024 * 1024,
  maxEntries: 2000,
} as const;

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  const decoded = text.includes('&')
    ? text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] === '#') {
          const code =
            name[1] === 'x' || name[1] === 'X'
              ? parseInt(name.slice(2), 16)
              : parseInt(name.slice(1), 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return entities[name] ?? whole;
      })
    : text;
  // Excel escapes control characters as _xHHHH_.
  return decoded.includes('_x')
    ? decoded.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : decoded;
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? '') : undefined;
}

function textOf(fragment: string): string {
  // Rich text: the runs' <t> joined; phonetic guides (<rPh>) are not part of the value.
  const withoutPhonetic = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g))
    text += decodeXml(match[1] ?? '');
  return text;
}

function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((match) =>
    textOf(match[1] ?? ''),
  );
}

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

function isDateFormatCode(code: string): boolean {
  // Drop quoted text, escapes and [colour]/[locale] brackets, then look for date letters.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymdhs年月日]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** For each cell style index: whether it shows a date. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const customDate = new Set<number>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attribute(match[1] ?? '', 'numFmtId'));
    const code = attribute(match[1] ?? '', 'formatCode') ?? '';
    if (isDateFormatCode(code)) customDate.add(id);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)\/?>/g)].map((match) => {
    const id = Number(attribute(match[1] ?? '', 'numFmtId') ?? 0);
    return BUILT_IN_DATE_FORMATS.has(id) || customDate.has(id);
  });
}

/** "C12" → [row 12, column index 2]. */
function parseReference(reference: string): [number, number] | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(match[2]), column - 1];
}

type SheetEntry = { name: string; path: string; hidden: boolean };

function readSheetList(files: Record<string, Uint8Array>, decoder: TextDecoder): SheetEntry[] {
  const read = (path: string) => (files[path] ? decoder.decode(files[path]) : undefined);
  const workbook = read('xl/workbook.xml');
  if (!workbook) return [];
  const relations = new Map<string, string>();
  for (const match of (read('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<Relationship\b([^>]*)\/?>/g,
  )) {
    const id = attribute(match[1] ?? '', 'Id');
    const target = attribute(match[1] ?? '', 'Target');
    if (id && target)
      relations.set(
        id,
        target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`,
      );
  }
  return [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].flatMap((match) => {
    const name = attribute(match[1] ?? '', 'name');
    const id = attribute(match[1] ?? '', 'r:id');
    const path = id ? relations.get(id) : undefined;
    const hidden = (attribute(match[1] ?? '', 'state') ?? 'visible') !== 'visible';
    return name && path ? [{ name, path, hidden }] : [];
  });
}

/** Cells read between two progress reports. */
const CELLS_PER_REPORT = 20_000;

function readSheet(
  file: string,
  name: string,
  xml: string,
  sharedStrings: string[],
  dateStyles: boolean[],
  onProgress?: (fraction: number) => void,
): SheetGrid {
  const rows = new Map<number, Array<GridCell | undefined>>();
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let cells = 0;
  for (const match of xml.matchAll(cellPattern)) {
    cells += 1;
    if (cells % CELLS_PER_REPORT === 0) onProgress?.(match.index / xml.length);
    const attributes = match[1] ?? '';
    const inner = match[2] ?? '';
    const position = parseReference(attribute(attributes, 'r') ?? '');
    if (!position) continue;
    const [rowNumber, column] = position;
    const type = attribute(attributes, 't') ?? 'n';
    const style = Number(attribute(attributes, 's') ?? 0);
    const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let value: GridCell['value'] = null;
    if (type === 's') value = raw === undefined ? null : (sharedStrings[Number(raw)] ?? null);
    else if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (type === 'str' || type === 'e' || type === 'd')
      value = raw === undefined ? null : decodeXml(raw);
    else if (type === 'b') value = raw === '1';
    else if (raw !== undefined && raw !== '') value = Number(raw);
    const cell: GridCell = { value };
    if (/<f\b/.test(inner)) cell.formula = true;
    if (type === 'n' && dateStyles[style]) cell.date = true;
    if (value === null && !cell.formula) continue;
    let row = rows.get(rowNumber);
    if (!row) rows.set(rowNumber, (row = []));
    row[column] = cell;
  }
  for (const match of xml.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const start = parseReference(match[1] ?? '');
    const end = parseReference(match[2] ?? '');
    if (!start || !end) continue;
    const anchor = rows.get(start[0])?.[start[1]];
    // A merged range covers at most a few hundred cells in a real sheet; a huge one is not copied.
    if ((end[0] - start[0] + 1) * (end[1] - start[1] + 1) > 100_000) continue;
    for (let rowNumber = start[0]; rowNumber <= end[0]; rowNumber++) {
      for (let column = start[1]; column <= end[1]; column++) {
        if (rowNumber === start[0] && column === start[1]) continue;
        let row = rows.get(rowNumber);
        if (!row) rows.set(rowNumber, (row = []));
        row[column] = {
          value: anchor?.value ?? null,
          mergedFrom: `${columnLetter(start[1])}${start[0]}`,
          ...(anchor?.date && { date: true }),
        };
      }
    }
  }
  const ordered: GridRow[] = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rowNumber, cells]) => ({ rowNumber, cells }));
  return { file, sheet: name, rows: ordered, columnNames: 'letters' };
}

/** Every sheet of an XLSX workbook as a grid; refuses archives that are not XLSX or look crafted. */
export function readXlsx(
  file: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): SheetGrid[] {
  let declaredTotal = 0;
  let entries = 0;
  let files: Record<string, Uint8Array>;
  const refuse = (message: string) => new ImportRefusal({ severity: 'error', file, message });
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entries > XLSX_LIMITS.maxEntries)
          throw refuse(
            `压缩包内文件过多（超过${XLSX_LIMITS.maxEntries}个），不像是填报表格，已拒绝。`,
          );
        const wanted =
          entry.name === 'xl/workbook.xml' ||
          entry.name === 'xl/_rels/workbook.xml.rels' ||
          entry.name === 'xl/sharedStrings.xml' ||
          entry.name === 'xl/styles.xml' ||
          /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
        if (!wanted) return false;
        declaredTotal += entry.originalSize;
        if (
          entry.originalSize > XLSX_LIMITS.ratioFloorBytes &&
          entry.originalSize > entry.size * XLSX_LIMITS.maxRatio
        )
          throw refuse(
            `文件中的“${entry.name}”解压后将膨胀到压缩大小的${Math.round(entry.originalSize / Math.max(entry.size, 1))}倍，疑似恶意构造的压缩包（“压缩炸弹”），已拒绝。`,
          );
        if (declaredTotal > XLSX_LIMITS.maxInflatedBytes)
          throw refuse(
            `文件解压后超过${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB，过大，已拒绝。请按盟市或板块拆分后再导入。`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw refuse(
      '无法作为 Excel 工作簿（.xlsx）打开：文件已损坏，或并非 .xlsx 格式。旧版 .xls 请在 Excel/WPS 中另存为 .xlsx。',
    );
  }
  const decoder = new TextDecoder('utf-8');
  const text = (path: string) => (files[path] ? decoder.decode(files[path]) : undefined);
  const sheets = readSheetList(files, decoder);
  if (sheets.length === 0) throw refuse('文件中没有找到工作表，不是有效的 .xlsx 工作簿。');
  const sharedStrings = readSharedStrings(text('xl/sharedStrings.xml'));
  const dateStyles = readDateStyles(text('xl/styles.xml'));
  // Progress by the share of the sheets' XML read, so that one large sheet moves the bar too.
  const sizes = sheets.map((sheet) => files[sheet.path]?.length ?? 0);
  const total = sizes.reduce((sum, size) => sum + size, 0) || 1;
  let before = 0;
  return sheets.map((sheet, index) => {
    const size = sizes[index] ?? 0;
    const grid = readSheet(
      file,
      sheet.name,
      text(sheet.path) ?? '',
      sharedStrings,
      dateStyles,
      (fraction) => onProgress?.((before + fraction * size) / total),
    );
    before += size;
    onProgress?.(before / total);
    return { ...grid, ...(sheet.hidden && { hidden: true }) };
  });
}
