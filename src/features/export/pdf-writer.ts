import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { breakLines } from './line-break';

/** A cursor over A4 pages: wrapped real text and room left above the footer. */

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 56;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
export const FOOTER_SPACE = 28;
export const colors = {
  ink: rgb(0.12, 0.14, 0.16),
  muted: rgb(0.3, 0.35, 0.41),
  sample: rgb(0.75, 0, 0),
};

export type PdfWriter = {
  doc: PDFDocument;
  font: PDFFont;
  page: PDFPage;
  /** The baseline of the next line, from the bottom of the page as PDF counts. */
  y: number;
  newPage: () => void;
  /** Room left above the footer. */
  room: () => number;
  /** The top of a page's content: y on a fresh page. */
  top: number;
  /** The height text takes when written, its gap included. */
  measure: (text: string, size: number, gap?: number) => number;
  /**
   * Writes wrapped text and moves y down. A paragraph that fits on a page is never split: it
   * starts the next page when it does not fit on this one (keepTogether, on by default).
   */
  text: (
    text: string,
    size: number,
    options?: { color?: ReturnType<typeof rgb>; gap?: number; keepTogether?: boolean },
  ) => void;
};

export const lineHeightOf = (size: number) => size * 1.6;

// Characters the embedded font lacks, replaced by ones it has, rather than drawn as empty boxes.
const SUBSTITUTES: Record<string, string> = { '→': '—', '−': '-', '–': '-', '\u00a0': ' ' };

export function createWriter(doc: PDFDocument, font: PDFFont): PdfWriter {
  const supported = new Set(font.getCharacterSet());
  const safe = (text: string) =>
    [...text.replace(/\s+/g, ' ')]
      .map((char) => {
        if (supported.has(char.codePointAt(0) ?? 0)) return char;
        return SUBSTITUTES[char] ?? '?';
      })
      .join('');
  const width = (text: string, size: number) => font.widthOfTextAtSize(safe(text), size);
  const lines = (text: string, size: number) => breakLines(text, CONTENT_WIDTH, size, width);
  const writer: PdfWriter = {
    doc,
    font,
    page: doc.addPage([A4.width, A4.height]),
    y: A4.height - MARGIN,
    newPage() {
      writer.page = doc.addPage([A4.width, A4.height]);
      writer.y = A4.height - MARGIN;
    },
    room: () => writer.y - MARGIN - FOOTER_SPACE,
    top: A4.height - MARGIN,
    measure: (text, size, gap = 0) => lines(text, size).length * lineHeightOf(size) + gap,
    text(text, size, options = {}) {
      const lineHeight = lineHeightOf(size);
      const wrapped = lines(text, size);
      const height = wrapped.length * lineHeight;
      const fullPage = writer.top - MARGIN - FOOTER_SPACE;
      if (
        (options.keepTogether ?? true) &&
        height > writer.room() &&
        height <= fullPage &&
        writer.y < writer.top
      )
        writer.newPage();
      for (const line of wrapped) {
        if (writer.room() < lineHeight) writer.newPage();
        writer.y -= lineHeight;
        writer.page.drawText(safe(line), {
          x: MARGIN,
          y: writer.y + size * 0.35,
          size,
          font,
          color: options.color ?? colors.ink,
        });
      }
      writer.y -= options.gap ?? 0;
    },
  };
  return writer;
}
