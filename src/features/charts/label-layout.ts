/*
 * Where the texts of a chart go, so that no two overlap and none is cut: the width of the name
 * column, names shortened with an ellipsis, and each bar's value label placed outside its bar,
 * inside it, or (when neither fits) left to the tooltip and the table.
 */
import { nameInText } from '@/lib/format';

export type MeasureText = (text: string, fontSize: number) => number;

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

// Built when a name first needs splitting: building it loads ICU's break rules (a 40 ms task),
// which a page whose names all fit never needs.
let segmenter: Intl.Segmenter | null | undefined;

/** User-perceived characters, so that an emoji or an accented letter is never split. */
export const graphemes = (text: string): string[] => {
  segmenter ??=
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  return segmenter ? [...segmenter.segment(text)].map((part) => part.segment) : [...text];
};

/** A generous width without a font: wide (CJK) characters 1 em, emoji 1.25 em, others 0.62 em. */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let ems = 0;
  for (const grapheme of graphemes(text)) {
    if (/^[\u2068\u2069\u200e\u200f]$/.test(grapheme)) continue;
    ems += EMOJI.test(grapheme) ? 1.25 : WIDE.test(grapheme) ? 1 : 0.62;
  }
  return ems * fontSize;
};

let canvasContext: OffscreenCanvasRenderingContext2D | null | undefined;
let canvasFontSize = 0;
/** Widths already measured, by size and text: a chart measures the same names on every render. */
const measured = new Map<string, number>();
const MEASURED_KEPT = 5000;
/**
 * The width the page's font gives a text, where a canvas can tell (browsers); the estimate
 * elsewhere (jsdom). The 12 % margin absorbs a font that has not finished loading, and the fallback font an
 * exported image is drawn in (an SVG turned into an image cannot load the page's web font).
 */
export const measureText: MeasureText = (text, fontSize) => {
  if (canvasContext === undefined) {
    canvasContext =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    // A font that finished loading measures differently: forget the widths taken before it.
    if (typeof document !== 'undefined')
      document.fonts?.addEventListener('loadingdone', () => measured.clear());
  }
  if (!canvasContext) return estimateTextWidth(text, fontSize);
  const key = `${fontSize}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  // Setting the font parses it: only when the size changes.
  if (fontSize !== canvasFontSize) {
    canvasContext.font = `${fontSize}px "Noto Sans SC", "Noto Sans CJK SC", sans-serif`;
    canvasFontSize = fontSize;
  }
  const width = canvasContext.measureText(text).width * 1.12;
  if (measured.size >= MEASURED_KEPT) measured.clear();
  measured.set(key, width);
  return width;
};

// First-strong isolates (nameInText): a right-to-left name keeps its own order and never drags
// the ellipsis or the neighbouring text into it.
const isolate = nameInText;

/** The text itself if it fits, else as many whole characters as fit, then "…". */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = measureText,
): { text: string; truncated: boolean } {
  if (measure(text, fontSize) <= maxWidth) return { text: isolate(text), truncated: false };
  const parts = graphemes(text);
  const ellipsis = measure('…', fontSize);
  if (ellipsis > maxWidth) return { text: '', truncated: true };
  let low = 0;
  let high = parts.length;
  // The longest prefix that fits beside the ellipsis (binary search: names can be long).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, middle).join(''), fontSize) + ellipsis <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return { text: `${isolate(parts.slice(0, low).join('').trimEnd())}…`, truncated: true };
}

/**
 * The name column: as wide as the longest name and the `padding` between names and the axis,
 * within [min, max] pixels. Names are then fitted to the width less the padding.
 */
export function nameColumnWidth(
  names: string[],
  fontSize: number,
  padding: number,
  limits: { min: number; max: number },
  measure: MeasureText = measureText,
): number {
  const longest = Math.max(0, ...names.map((name) => measure(name, fontSize)));
  return Math.ceil(Math.min(limits.max, Math.max(limits.min, longest + padding)));
}

export type BarLabel = {
  x: number;
  anchor: 'start' | 'end';
  /** Drawn inside the bar, in white. */
  inside: boolean;
};

export type BarLabelInput = { value: number; width: number };

export type BarLayout = {
  /** The plot's width, which leaves room on the right for the labels. */
  plotWidth: number;
  labels: Array<BarLabel | null>;
};

const GAP = 4;

/**
 * Horizontal bars from zero on an axis [min, max], the plot starting at `left` with `room` pixels
 * to its right edge. Every label starts right of its bar's outer end, or right of zero for a
 * negative bar, so that it sits on the side away from the names. The plot narrows so that the
 * labels fit, down to `minShare` of the room; a label that still does not fit goes inside its bar
 * when the bar is long enough, or is left out (its value stays in the tooltip and the table).
 */
export function layoutBarLabels(
  bars: BarLabelInput[],
  axis: { min: number; max: number },
  frame: { left: number; room: number; minShare?: number },
): BarLayout {
  const span = axis.max - axis.min || 1;
  const fraction = (value: number) => (value - axis.min) / span;
  let plotWidth = frame.room;
  for (const bar of bars) {
    const start = fraction(Math.max(bar.value, 0));
    if (start > 0) plotWidth = Math.min(plotWidth, (frame.room - GAP - bar.width) / start);
  }
  plotWidth = Math.max(plotWidth, frame.room * (frame.minShare ?? 0.6));
  const right = frame.left + frame.room;
  const zero = frame.left + fraction(0) * plotWidth;
  const labels = bars.map((bar): BarLabel | null => {
    const end = frame.left + fraction(bar.value) * plotWidth;
    const outside = Math.max(end, zero) + GAP;
    if (outside + bar.width <= right) return { x: outside, anchor: 'start', inside: false };
    const length = Math.abs(end - zero);
    if (length >= bar.width + 2 * GAP)
      return bar.value >= 0
        ? { x: end - GAP, anchor: 'end', inside: true }
        : { x: end + GAP, anchor: 'start', inside: true };
    return null;
  });
  return { plotWidth, labels };
}

/** Two boxes overlap (touching edges do not count). */
export type Box = { left: number; top: number; right: number; bottom: number };
export const boxesOverlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
