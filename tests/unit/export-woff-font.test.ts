import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfFontkit } from '@/features/export/pdf-font';
import { isWoff, woffToSfnt } from '@/features/export/woff-to-sfnt';

const fontFile = (name: string) =>
  new Uint8Array(
    readFileSync(`node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${name}.woff`),
  );

const TEXT = '信访积案化解截至2024年6月30日鄂尔多斯市ABC%示例数据';

describe('the PDF font', () => {
  it('unpacks WOFF into a TrueType file with the same tables and glyphs', async () => {
    const woff = fontFile('latin-400-normal');
    expect(isWoff(woff)).toBe(true);
    const sfnt = await woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    const original = fontkit.create(woff);
    const unpacked = fontkit.create(sfnt);
    expect(unpacked.numGlyphs).toBe(original.numGlyphs);
    for (const char of 'Az09%') {
      const code = char.codePointAt(0) ?? 0;
      expect(unpacked.glyphForCodePoint(code).path.toSVG()).toBe(
        original.glyphForCodePoint(code).path.toSVG(),
      );
    }
    await expect(woffToSfnt(sfnt)).rejects.toThrow(TypeError);
  });

  it('covers the digits, letters and punctuation of a report in its Chinese file alone', async () => {
    const font = fontkit.create(await woffToSfnt(fontFile('chinese-simplified-400-normal')));
    const missing = [...`${TEXT}0123456789abcxyzXYZ.,:;()%（）：；，。、·—…“”`].filter(
      (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
  });

  it('subsets without losing glyphs: every record padded, so the short loca stays exact', async () => {
    const sfnt = await woffToSfnt(fontFile('chinese-simplified-400-normal'));
    const kit = pdfFontkit(sfnt);
    const font = kit.create(sfnt);
    const glyphs = font.layout(TEXT).glyphs;
    const subset = font.createSubset();
    const ids = glyphs.map((glyph) => subset.includeGlyph(glyph));
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const parts: Uint8Array[] = [];
      subset
        .encodeStream()
        .on('data', (part) => parts.push(part))
        .on('end', () => resolve(Uint8Array.from(parts.flatMap((part) => [...part]))));
    });
    const subsetFont = kit.create(bytes);
    glyphs.forEach((glyph, index) => {
      const copy = subsetFont.getGlyph(ids[index] ?? 0);
      expect(copy.path.toSVG(), `glyph of ${String.fromCodePoint(...glyph.codePoints)}`).toBe(
        glyph.path.toSVG(),
      );
    });
    // And pdf-lib embeds it as real text.
    const doc = await PDFDocument.create();
    doc.registerFontkit(kit);
    const embedded = await doc.embedFont(sfnt, { subset: true });
    doc.addPage().drawText(TEXT, { font: embedded, size: 12, x: 20, y: 700 });
    expect((await doc.save()).length).toBeGreaterThan(1000);
  }, 60_000);
});
