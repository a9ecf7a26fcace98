import { estimateTextWidth, type MeasureText } from './text-measure';

/*
 * Line breaking for Chinese text (避头尾, GB/T 15834 and the JLREQ rules it shares): a line never
 * starts with closing punctuation (，。、；：？！）」…) and never ends with opening punctuation
 * (（「《…). When a break would fall there, the character before it moves down with it, as
 * typesetters do ("push out"), so the line ends a little short instead of breaking the rule.
 * Latin words and numbers ("1,234件" keeps "1,234") stay whole where they fit on a line.
 */

/** Characters that may not start a line. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）」』】〉》〕］｝〗’”…—～％‰·・',
  ...',.;:?!)]}%',
]);
/** Characters that may not end a line. */
export const NO_LINE_END = new Set([...'（「『【〈《〔［｛〖‘“', ...'([{']);

// Runs of whitespace, runs of narrow characters (a Latin word, a number), or one wide character.
const PIECES = /\s+|[^\s\u2E80-\uFFEF]+|./gsu;

const startsBadly = (text: string) => NO_LINE_START.has(text.charAt(0));
const endsBadly = (text: string) => NO_LINE_END.has([...text].at(-1) ?? '');

/** Splits a piece wider than the line into characters (a very long number or URL). */
function splitWide(piece: string, maxWidth: number, size: number, measure: MeasureText): string[] {
  if (measure(piece, size) <= maxWidth) return [piece];
  return [...piece];
}

/**
 * Breaks text into lines no wider than maxWidth (one character wider at most, where a rule leaves
 * no other choice), following the rules above.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const pieces = (text.match(PIECES) ?? []).flatMap((piece) =>
    splitWide(piece, maxWidth, fontSize, measure),
  );
  const lines: string[] = [];
  let line: string[] = [];
  const width = (parts: string[]) => measure(parts.join(''), fontSize);

  for (const piece of pieces) {
    if (line.length === 0 && /^\s+$/.test(piece)) continue;
    if (line.length === 0 || width([...line, piece]) <= maxWidth) {
      line.push(piece);
      continue;
    }
    if (/^\s+$/.test(piece)) {
      lines.push(line.join('').trimEnd());
      line = [];
      continue;
    }
    // Push out: move pieces down until the break is allowed, keeping at least one on the line.
    const carried: string[] = [];
    while (
      line.length > 1 &&
      (startsBadly([...carried, piece].join('')) || endsBadly(line.join('').trimEnd()))
    ) {
      carried.unshift(line.pop() ?? '');
    }
    // A push that would overfill the next line is not worth it: break where the width says.
    if (carried.length > 0 && width([...carried, piece]) > maxWidth) {
      line.push(...carried);
      carried.length = 0;
    }
    lines.push(line.join('').trimEnd());
    line = [...carried, piece];
    while (line.length > 0 && /^\s+$/.test(line[0] ?? '')) line.shift();
  }
  const last = line.join('').trimEnd();
  if (last !== '') lines.push(last);
  return lines;
}
