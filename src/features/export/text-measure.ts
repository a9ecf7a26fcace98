// East Asian wide and full-width characters: CJK, Hangul, kana, full-width forms.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Columns a text takes in a fixed-width grid such as a spreadsheet: wide characters take two. */
export function displayColumns(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

/**
 * A generous estimate of the rendered width of a line, without a canvas to measure it: wide
 * characters are one em, others 0.6 em, wider than most Latin glyphs. SVG and PNG stamps wrap with
 * the same estimate, so both break lines at the same places and nothing runs past the edge.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

export type MeasureText = (text: string, fontSize: number) => number;

/**
 * Breaks text into lines no wider than maxWidth, at spaces where it can, else between characters.
 * The measure defaults to the estimate; a PDF passes its font's real metrics.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  // Words are runs of non-wide characters; every wide character may start a new line.
  const pieces = text.match(/\s+|[^\s\u2E80-\uFFEF]+|./gsu) ?? [];
  for (const piece of pieces) {
    const candidate = line + piece;
    if (measure(candidate, fontSize) <= maxWidth || line === '') {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
    while (measure(line, fontSize) > maxWidth && [...line].length > 1) {
      const characters = [...line];
      let fit = characters.length - 1;
      while (fit > 1 && measure(characters.slice(0, fit).join(''), fontSize) > maxWidth) {
        fit -= 1;
      }
      lines.push(characters.slice(0, fit).join(''));
      line = characters.slice(fit).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
