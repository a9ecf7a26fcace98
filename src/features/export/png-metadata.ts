import type { Provenance } from '@/lib/provenance';
import { provenanceFields, provenanceLines } from './provenance-text';

/*
 * Text chunks in a PNG (PNG spec, 11.3.4): tEXt holds Latin-1 text, iTXt UTF-8. Each entry goes
 * into tEXt when its value is Latin-1, so that every reader sees it, and into iTXt otherwise, so
 * that Chinese survives. The chunks are inserted just before IEND, which the spec allows for both.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** CRC-32 as PNG and zip use it (ISO 3309, reflected, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export type PngChunk = { type: string; data: Uint8Array; crc: number; offset: number };

/** Latin-1 bytes to text; also right for the ASCII chunk types. */
function latin1Text(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Every chunk of a PNG, in order; throws on anything that is not a well-formed PNG stream. */
export function readPngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((byte, index) => png[index] !== byte)) {
    throw new TypeError('Not a PNG file');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new TypeError('Truncated PNG chunk');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new TypeError('Truncated PNG chunk');
    const type = latin1Text(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data, crc: view.getUint32(offset + 8 + length), offset });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let index = 0; index < 4; index += 1) bytes[4 + index] = type.charCodeAt(index);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

const isLatin1 = (text: string) => /^[\n\u0020-\u007e\u00a1-\u00ff]*$/.test(text);

/** Keywords are 1–79 printable Latin-1 characters, without leading, trailing or double spaces. */
function assertKeyword(keyword: string): void {
  const valid =
    keyword.length >= 1 &&
    keyword.length <= 79 &&
    /^[\u0020-\u007e\u00a1-\u00ff]+$/.test(keyword) &&
    !/^ | $| {2}/.test(keyword);
  if (!valid) throw new RangeError(`Invalid PNG text keyword: ${JSON.stringify(keyword)}`);
}

const latin1Bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function textChunk(keyword: string, value: string): Uint8Array {
  // A NUL would end the field early in every reader.
  const text = value.replace(/\0/g, '');
  const key = latin1Bytes(keyword);
  if (isLatin1(text)) {
    return chunk('tEXt', Uint8Array.from([...key, 0, ...latin1Bytes(text)]));
  }
  // keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translation, NUL.
  const header = [...key, 0, 0, 0, 0, 0];
  return chunk('iTXt', Uint8Array.from([...header, ...new TextEncoder().encode(text)]));
}

export function addPngTextChunks(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = readPngChunks(png);
  const end = chunks.find((entry) => entry.type === 'IEND');
  if (!end) throw new TypeError('PNG has no IEND chunk');
  Object.keys(entries).forEach(assertKeyword);
  const added = Object.entries(entries).map(([keyword, value]) => textChunk(keyword, value));
  const size = added.reduce((total, bytes) => total + bytes.length, 0);
  const output = new Uint8Array(end.offset + size + 12);
  output.set(png.subarray(0, end.offset), 0);
  let offset = end.offset;
  for (const bytes of added) {
    output.set(bytes, offset);
    offset += bytes.length;
  }
  output.set(png.subarray(end.offset, end.offset + 12), offset);
  return output;
}

/** The text of every tEXt and uncompressed iTXt chunk, by keyword; the last one wins. */
export function readPngTextChunks(png: Uint8Array): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const { type, data } of readPngChunks(png)) {
    const keywordEnd = data.indexOf(0);
    if (keywordEnd < 1) continue;
    const keyword = latin1Text(data.subarray(0, keywordEnd));
    if (type === 'tEXt') {
      entries[keyword] = latin1Text(data.subarray(keywordEnd + 1));
    } else if (type === 'iTXt' && data[keywordEnd + 1] === 0) {
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translationEnd = data.indexOf(0, languageEnd + 1);
      if (languageEnd < 0 || translationEnd < 0) continue;
      entries[keyword] = new TextDecoder().decode(data.subarray(translationEnd + 1));
    }
  }
  return entries;
}

/** The provenance as PNG text, under the spec's registered keywords where one fits. */
export function provenancePngEntries(provenance: Provenance): Record<string, string> {
  const entries: Record<string, string> = {
    Title: provenance.title,
    Description: provenanceLines(provenance, ['title', 'permalink']).join('\n'),
    Source: provenance.source,
    'Creation Time': provenance.exportedAt,
    Permalink: provenance.permalink,
  };
  const sample = provenanceFields(provenance).find(({ key }) => key === 'sample');
  if (sample) entries.Disclaimer = sample.value;
  return entries;
}
