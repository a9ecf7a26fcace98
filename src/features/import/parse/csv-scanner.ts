import type { GridRow } from './grid';
import type { DecodedText } from './decode-text';

/*
 * A CSV file read as a stream of rows: the bytes are decoded a slice at a time and each record is
 * handed on as soon as it is complete, so a million-row file is never held as one decoded string nor
 * as an array of arrays. Records follow RFC 4180 (quoted fields may hold the delimiter, doubled
 * quotes and line breaks); lines end in CRLF, LF or CR.
 */

/** Bytes decoded at a time: large enough that the per-slice work does not show, small in memory. */
const SLICE_BYTES = 1 << 16;

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter that splits the first non-blank line into the most fields; a comma when none does. */
function guessDelimiter(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((candidate) => candidate.trim() !== '') ?? '';
  const outsideQuotes = line.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = outsideQuotes.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

const isBlankRecord = (fields: string[]) =>
  fields.every((field) => field === '' || field.trim() === '');

/**
 * Reads the records of `text` from `start`; returns where the first incomplete one begins (the end
 * of the text when `final`). Blank records are counted but not handed on.
 */
function scanRecords(
  text: string,
  start: number,
  delimiter: string,
  final: boolean,
  onRecord: (fields: string[], blank: boolean) => void,
): number {
  const length = text.length;
  let position = start;
  // Where the next line feed and carriage return are, found once each rather than per line.
  let nextFeed = -2;
  let nextReturn = -2;
  let nextQuote = -2;
  while (position < length) {
    if (nextFeed !== -1 && nextFeed < position) nextFeed = text.indexOf('\n', position);
    if (nextReturn !== -1 && nextReturn < position) nextReturn = text.indexOf('\r', position);
    const lineEnd =
      nextFeed === -1 ? nextReturn : nextReturn === -1 ? nextFeed : Math.min(nextFeed, nextReturn);
    // A line break at the slice's very end may be the CR of a CRLF split across two slices.
    if (!final && (lineEnd === -1 || lineEnd === length - 1)) return position;
    const end = lineEnd === -1 ? length : lineEnd;
    if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
    if (nextQuote === -1 || nextQuote >= end) {
      const fields = text.slice(position, end).split(delimiter);
      onRecord(fields, isBlankRecord(fields));
      position = lineEnd === -1 ? length : lineBreakEnd(text, lineEnd);
      continue;
    }
    const quoted = readQuotedRecord(text, position, delimiter, final);
    if (!quoted) return position;
    onRecord(quoted.fields, isBlankRecord(quoted.fields));
    position = quoted.next;
  }
  return position;
}

const lineBreakEnd = (text: string, lineEnd: number) =>
  text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10
    ? lineEnd + 2
    : lineEnd + 1;

/** One record with quoted fields; null when the text ends inside it and more is to come. */
function readQuotedRecord(
  text: string,
  start: number,
  delimiter: string,
  final: boolean,
): { fields: string[]; next: number } | null {
  const length = text.length;
  const fields: string[] = [];
  let position = start;
  for (;;) {
    let field = '';
    if (text[position] === '"') {
      position += 1;
      for (;;) {
        const close = text.indexOf('"', position);
        if (close === -1) {
          if (!final) return null;
          // An unclosed quote takes the rest of the file, as spreadsheet programs read it.
          field += text.slice(position);
          position = length;
          break;
        }
        field += text.slice(position, close);
        if (text[close + 1] === '"') {
          field += '"';
          position = close + 2;
          continue;
        }
        position = close + 1;
        break;
      }
    }
    // Text after a closing quote, or an unquoted field, runs to the delimiter or the line's end.
    let end = position;
    while (end < length) {
      const char = text[end];
      if (char === delimiter || char === '\n' || char === '\r') break;
      end += 1;
    }
    if (!final && end >= length - 1) return null;
    field += text.slice(position, end);
    fields.push(field);
    if (end === length) return { fields, next: length };
    if (text[end] === delimiter) {
      position = end + 1;
      continue;
    }
    return { fields, next: lineBreakEnd(text, end) };
  }
}

/**
 * The rows of a CSV file, decoded and scanned as they are read. `onProgress` hears the share of the
 * bytes read so far, after each slice.
 */
export function* csvRows(
  bytes: Uint8Array,
  encoding: DecodedText['encoding'],
  start: number,
  onProgress?: (fraction: number) => void,
): Generator<GridRow> {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  let delimiter: string | null = null;
  let recordNumber = 0;
  let offset = start;
  const ready: GridRow[] = [];
  const collect = (fields: string[], blank: boolean) => {
    recordNumber += 1;
    if (!blank) ready.push({ rowNumber: recordNumber, cells: fields });
  };
  do {
    const end = Math.min(bytes.length, offset + SLICE_BYTES);
    const final = end === bytes.length;
    const text = carry + decoder.decode(bytes.subarray(offset, end), { stream: !final });
    offset = end;
    delimiter ??= guessDelimiter(text);
    const stop = scanRecords(text, 0, delimiter, final, collect);
    carry = text.slice(stop);
    yield* ready;
    ready.length = 0;
    onProgress?.(bytes.length === 0 ? 1 : offset / bytes.length);
  } while (offset < bytes.length);
}
