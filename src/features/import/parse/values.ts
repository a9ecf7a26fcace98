import { cellValue, type GridEntry } from './grid';

/*
 * Figures as offices type them: numbers stored as text, thousands separators, full-width digits
 * (１２３，４５６．７), a "%" sign, an Excel date serial in the month column. Each reading says what
 * it did, so that nothing is silently reinterpreted.
 */

/** Full-width digits and punctuation (ＦＦ０１–ＦＦ５Ｅ) to their ASCII forms; ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Written where a figure was not reported: a gap (null), never a zero. */
const GAP_MARKERS = new Set([
  '-',
  '—',
  '–',
  '--',
  '——',
  '缺报',
  '未报',
  '未报送',
  '数据缺报',
  'n/a',
  'na',
  '/',
]);

export type NumberReading =
  | { kind: 'number'; value: number; percentSign: boolean; fromText: boolean }
  | { kind: 'gap'; marker: string }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: string };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

const SIMPLE_NUMBER = /^-?\d+(\.\d+)?$/;
const BLANK: NumberReading = { kind: 'blank' };

export function readNumber(cell: GridEntry): NumberReading {
  const raw = cellValue(cell);
  // The common case first: a plain number as text, read without the clean-up below.
  if (typeof raw === 'string' && SIMPLE_NUMBER.test(raw))
    return { kind: 'number', value: Number(raw), percentSign: false, fromText: true };
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'boolean')
    return { kind: 'invalid', reason: '是逻辑值（TRUE/FALSE），不是数字' };
  if (typeof raw === 'number')
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw, percentSign: false, fromText: false }
      : { kind: 'invalid', reason: '不是有限的数字' };
  let text = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (text === '') return BLANK;
  if (GAP_MARKERS.has(text.toLowerCase())) return { kind: 'gap', marker: raw.trim() };
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)/i.test(text))
    return { kind: 'invalid', reason: `是公式错误值 ${text}，不是数字` };
  const percentSign = text.endsWith('%');
  if (percentSign) text = text.slice(0, -1);
  // Chinese input methods give "，" for a comma; after toHalfWidth it is ",".
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) {
    const reason = /,/.test(text) ? '千位分隔符位置不对，或用逗号作了小数点' : '不是数字';
    return { kind: 'invalid', reason };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: '数字超出范围' };
  return { kind: 'number', value, percentSign, fromText: true };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Excel's day 1 is 1900-01-01, and it counts a 29 February 1900 that never was. */
export function excelSerialToMonth(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

function month(year: number, monthNumber: number): string | null {
  if (year < 1900 || year > 2200 || monthNumber < 1 || monthNumber > 12) return null;
  return `${year}-${pad(monthNumber)}`;
}

/** "2024-06", "2024-6", "2024/06", "2024.6", "2024年6月", "202406", "2024-06-30", or a date cell. */
const monthCache = new Map<string, string | null>();

export function readMonth(cell: GridEntry): string | null {
  const raw = cellValue(cell);
  if (typeof raw === 'string') {
    let month = monthCache.get(raw);
    if (month === undefined) {
      month = readMonthText(raw);
      if (monthCache.size < 10_000) monthCache.set(raw, month);
    }
    return month;
  }
  if (raw === null || raw === undefined || typeof raw === 'boolean') return null;
  if (Number.isInteger(raw) && raw >= 190001 && raw <= 220012)
    return month(Math.floor(raw / 100), raw % 100);
  // A number in the month column is a date serial whether or not the cell shows it as a date.
  return raw > 0 && raw < 2958466 ? excelSerialToMonth(raw) : null;
}

function readMonthText(raw: string): string | null {
  const text = toHalfWidth(raw).trim();
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月(?:份)?)?(?:\s*[-/.]\s*\d{1,2}\s*日?)?$/.exec(
    text,
  );
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{4})(\d{2})$/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  return null;
}

/** A cell's text as shown in a message: numbers as typed, long text cut. */
export function cellText(cell: GridEntry): string {
  const raw = cellValue(cell);
  if (raw === null || raw === undefined) return '';
  const text = String(raw);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Edit distance, for "did you mean" suggestions of unit and indicator names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest of `names` to `input`, if it is close enough to be a plausible slip. */
export function closestName(input: string, names: readonly string[]): string | null {
  const needle = input.trim();
  if (needle === '') return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const name of names) {
    const contains = name.includes(needle) || needle.includes(name);
    const score = contains
      ? Math.abs(name.length - needle.length) * 0.5
      : editDistance(needle, name);
    if (score < bestScore) {
      bestScore = score;
      best = name;
    }
  }
  if (best === null) return null;
  return bestScore <= Math.max(2, Math.ceil(best.length / 3)) ? best : null;
}
