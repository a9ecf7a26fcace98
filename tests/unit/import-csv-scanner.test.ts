import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from '@/features/import/parse/csv-scanner';
import { detectEncoding, isUtf8 } from '@/features/import/parse/decode-text';

const rowsOf = (text: string) =>
  [...csvRows(new TextEncoder().encode(text), 'utf-8', 0)].map((row) => [row.rowNumber, row.cells]);

describe('the streaming CSV scanner', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and counts blank rows', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n , \r\nlast,1,2';
    expect(rowsOf(text)).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x, y', 'say "hi"', 'two\nlines']],
      // row 3 is empty and row 4 holds only spaces: left out, but counted
      [5, ['last', '1', '2']],
    ]);
  });

  it('takes tabs or semicolons when they, not commas, split the header', () => {
    expect(rowsOf('盟市\t月份\n包头市\t2024-06\n')).toEqual([
      [1, ['盟市', '月份']],
      [2, ['包头市', '2024-06']],
    ]);
    expect(rowsOf('盟市;月份\n包头市;1,5\n')[1]).toEqual([2, ['包头市', '1,5']]);
  });

  it('gives the same rows however the file falls into slices (CRLF, quotes and characters split)', () => {
    // Long enough to span several of the scanner's slices.
    const lines = ['盟市,月份,指标,数值,备注'];
    for (let index = 0; index < 12_000; index += 1)
      lines.push(
        index % 97 === 0
          ? `包头市,2024-06,"交办,积案",${index},"备注""${index}""\r\n第二行"`
          : `鄂尔多斯市,2024-0${(index % 9) + 1},已化解积案,${index},`,
      );
    const text = `${lines.join('\r\n')}\r\n`;
    const rows = rowsOf(text);
    expect(rows).toHaveLength(lines.length);
    expect(rows[98]).toEqual([99, ['包头市', '2024-06', '交办,积案', '97', '备注"97"\r\n第二行']]);
    expect(rows.at(-1)).toEqual([12_001, ['鄂尔多斯市', '2024-03', '已化解积案', '11999', '']]);
    const unquoted = lines.flatMap((line, index) =>
      line.includes('"') ? [] : [[index + 1, line.split(',')]],
    );
    expect(
      rows.filter(([, cells]) => !(cells as string[]).some((cell) => /[",]/.test(cell))),
    ).toEqual(unquoted);
  });

  it('reports how far it has read, ending at the whole file', () => {
    const fractions: number[] = [];
    const bytes = new TextEncoder().encode('a,b\n'.repeat(100_000));
    let rows = 0;
    for (const _row of csvRows(bytes, 'utf-8', 0, (fraction) => fractions.push(fraction)))
      rows += 1;
    expect(rows).toBe(100_000);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    expect(
      fractions.every((fraction, index) => index === 0 || fraction > fractions[index - 1]!),
    ).toBe(true);
  });
});

describe('encoding detection', () => {
  it('agrees with TextDecoder’s strict UTF-8 on any bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const valid = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 8 }).map((text) => new TextEncoder().encode(text)),
        ),
        (bytes) => isUtf8(bytes) === valid(bytes),
      ),
      { numRuns: 2000 },
    );
  });

  it('tells GB18030 from UTF-8 and honours a byte order mark', () => {
    const gb = new Uint8Array(
      readFileSync(join(process.cwd(), 'tests/fixtures/import', 'gb18030-long.csv')),
    );
    expect(detectEncoding(gb)).toEqual({ encoding: 'gb18030', start: 0 });
    expect(detectEncoding(new TextEncoder().encode('\ufeff盟市'))).toEqual({
      encoding: 'utf-8',
      start: 3,
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({
      encoding: 'utf-16le',
      start: 2,
    });
  });
});
