/*
 * WOFF 1.0 (W3C) to the plain OpenType/TrueType file inside it. fontkit reads WOFF, but inflates
 * a table again on every access, and subsetting reads the glyph table once per glyph: for a
 * Chinese font that is minutes. Inflated once here, with the browser's own zlib, it is a second.
 *
 * WOFF: a 44-byte header (signature "wOFF", flavor, numTables at 12), then one 20-byte entry per
 * table (tag, offset, compLength, origLength, origChecksum); a table is zlib data when
 * compLength < origLength, else stored. sfnt: a 12-byte header, 16-byte entries, 4-byte aligned.
 */

const WOFF_SIGNATURE = 0x774f4646;

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const body = new Response(data as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new TypeError('Cannot read a WOFF table');
  const inflated = body.pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

type TableEntry = {
  tag: number;
  offset: number;
  compressed: number;
  length: number;
  checksum: number;
};

export const isWoff = (bytes: Uint8Array) =>
  bytes.length >= 44 &&
  new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) === WOFF_SIGNATURE;

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(woff)) throw new TypeError('Not a WOFF 1.0 file');
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const numTables = view.getUint16(12);
  const tables: TableEntry[] = Array.from({ length: numTables }, (_, index) => {
    const at = 44 + index * 20;
    return {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compressed: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
  });
  const contents = await Promise.all(
    tables.map(async (table) => {
      const stored = woff.subarray(table.offset, table.offset + table.compressed);
      const data = table.compressed < table.length ? await inflate(stored) : stored;
      if (data.length !== table.length) throw new TypeError('A WOFF table has the wrong length');
      return data;
    }),
  );

  const headerSize = 12 + 16 * numTables;
  const padded = (length: number) => (length + 3) & ~3;
  const size = tables.reduce((total, table) => total + padded(table.length), headerSize);
  const sfnt = new Uint8Array(size);
  const out = new DataView(sfnt.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.setUint32(0, view.getUint32(4)); // flavor: 0x00010000 for TrueType, "OTTO" for CFF
  out.setUint16(4, numTables);
  out.setUint16(6, power * 16); // searchRange
  out.setUint16(8, Math.log2(power)); // entrySelector
  out.setUint16(10, numTables * 16 - power * 16); // rangeShift
  let offset = headerSize;
  tables.forEach((table, index) => {
    const entry = 12 + index * 16;
    out.setUint32(entry, table.tag);
    out.setUint32(entry + 4, table.checksum);
    out.setUint32(entry + 8, offset);
    out.setUint32(entry + 12, table.length);
    sfnt.set(contents[index] ?? new Uint8Array(), offset);
    offset += padded(table.length);
  });
  return sfnt;
}
