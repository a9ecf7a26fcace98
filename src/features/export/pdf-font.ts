import fontkit from '@pdf-lib/fontkit';

/*
 * fontkit for the font embedded in PDF reports (see pdf-font-file.ts), with a fix to its subsets.
 * It runs where the PDF is put together: in the export worker.
 */

type GlyphBuffer = Uint8Array & {
  constructor: { concat(parts: GlyphBuffer[]): GlyphBuffer; alloc(size: number): GlyphBuffer };
};
type TrueTypeSubset = {
  glyf: GlyphBuffer[];
  offset: number;
  _addGlyph(glyphId: number): number;
};

let patched = false;

/**
 * @pdf-lib/fontkit writes a subset's `loca` table in the short format, which stores offsets
 * halved, without padding glyph records to an even length: after the first odd-length glyph every
 * later glyph is read from the wrong place and renders blank (pdf-lib#1232; fixed upstream in
 * fontkit 1.8, never in this fork). Padding each record to an even length, as the TrueType spec
 * asks for, makes the short format exact.
 */
function padSubsetGlyphs(sample: ReturnType<typeof fontkit.create>): void {
  const prototype = Object.getPrototypeOf(sample.createSubset()) as Partial<TrueTypeSubset>;
  const addGlyph = prototype._addGlyph;
  if (typeof addGlyph !== 'function') return;
  prototype._addGlyph = function padded(this: TrueTypeSubset, glyphId: number) {
    const index = addGlyph.call(this, glyphId);
    const record = this.glyf[index];
    if (record && record.length % 2 === 1) {
      const BufferType = record.constructor;
      this.glyf[index] = BufferType.concat([record, BufferType.alloc(1)]);
      this.offset += 1;
    }
    return index;
  };
  patched = true;
}

/** The fontkit pdf-lib should use, with the subset fix applied. */
export function pdfFontkit(bytes: Uint8Array): typeof fontkit {
  if (!patched) padSubsetGlyphs(fontkit.create(bytes));
  return fontkit;
}
