import { STAMP_FONT_FAMILY, stampStyle } from './stamp-layout';
import type { ElementFactory } from './svg-metadata';
import { estimateTextWidth } from './text-measure';

/*
 * The card's legend, which the page draws as HTML beside the chart's SVG, drawn into the exported
 * image below the chart: without it the colours mean nothing in a briefing.
 */

export type LegendEntry = { label: string; color: string; shape: 'bar' | 'line' | 'dash' };

const style = {
  fontSize: 12,
  rowHeight: 20,
  swatchWidth: 18,
  swatchHeight: 10,
  gap: 6,
  spacing: 18,
};

// A colour read from the page goes into the exported file: only plain colour values pass, never
// a url() or anything else that could reach outside the file.
const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]{3,20})$/i;
const safeColor = (value: string | null | undefined) =>
  value && COLOR.test(value.trim()) ? value.trim() : '#888888';

/** The legend beside a drawn chart: each item's swatch colour, its shape and its words. */
export function readLegend(chartNode: Element): LegendEntry[] {
  const card = chartNode.closest('[data-card]') ?? chartNode.parentElement;
  const items = card?.querySelectorAll('.chart-legend li') ?? [];
  return [...items].flatMap((item): LegendEntry[] => {
    const label = (item.textContent ?? '').trim();
    const rect = item.querySelector('rect');
    const line = item.querySelector('line');
    if (!label || (!rect && !line)) return [];
    if (rect) return [{ label, color: safeColor(rect.getAttribute('fill')), shape: 'bar' }];
    const shape = line?.getAttribute('stroke-dasharray') ? 'dash' : 'line';
    return [{ label, color: safeColor(line?.getAttribute('stroke')), shape }];
  });
}

export type PlacedEntry = LegendEntry & { x: number; y: number };

/** Items left to right, wrapping at the width; y is each row's vertical centre. */
export function legendLayout(entries: LegendEntry[], width: number) {
  if (entries.length === 0) return { height: 0, placed: [] as PlacedEntry[] };
  const { padding } = stampStyle;
  const placed: PlacedEntry[] = [];
  let x = padding;
  let row = 0;
  for (const entry of entries) {
    const itemWidth =
      style.swatchWidth + style.gap + estimateTextWidth(entry.label, style.fontSize);
    if (x > padding && x + itemWidth > width - padding) {
      x = padding;
      row += 1;
    }
    placed.push({ ...entry, x, y: padding / 2 + row * style.rowHeight + style.rowHeight / 2 });
    x += itemWidth + style.spacing;
  }
  return { height: Math.ceil(padding + (row + 1) * style.rowHeight), placed };
}

type LegendContext = Pick<
  CanvasRenderingContext2D,
  'fillRect' | 'fillText' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'setLineDash'
> &
  Pick<
    CanvasRenderingContext2D,
    'font' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'textBaseline' | 'textAlign'
  >;

/** Paints the legend band at `top` (CSS pixels; the context is already scaled). */
export function drawLegend(context: LegendContext, placed: PlacedEntry[], top: number): void {
  context.font = `400 ${style.fontSize}px ${STAMP_FONT_FAMILY}`;
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  for (const entry of placed) {
    const y = top + entry.y;
    if (entry.shape === 'bar') {
      context.fillStyle = entry.color;
      context.fillRect(entry.x, y - style.swatchHeight / 2, style.swatchWidth, style.swatchHeight);
    } else {
      context.strokeStyle = entry.color;
      context.lineWidth = 2.5;
      context.setLineDash(entry.shape === 'dash' ? [4, 3] : []);
      context.beginPath();
      context.moveTo(entry.x, y);
      context.lineTo(entry.x + style.swatchWidth, y);
      context.stroke();
      context.setLineDash([]);
    }
    context.fillStyle = stampStyle.footerColor;
    context.fillText(entry.label, entry.x + style.swatchWidth + style.gap, y);
  }
}

/** The same legend as SVG elements, for the SVG snapshot. */
export function legendElements(element: ElementFactory, placed: PlacedEntry[], top: number) {
  const group = element('g', { transform: `translate(0 ${top})`, 'font-size': style.fontSize });
  for (const entry of placed) {
    const swatch =
      entry.shape === 'bar'
        ? element('rect', {
            x: entry.x,
            y: entry.y - style.swatchHeight / 2,
            width: style.swatchWidth,
            height: style.swatchHeight,
            fill: entry.color,
          })
        : element('line', {
            x1: entry.x,
            x2: entry.x + style.swatchWidth,
            y1: entry.y,
            y2: entry.y,
            stroke: entry.color,
            'stroke-width': 2.5,
            ...(entry.shape === 'dash' ? { 'stroke-dasharray': '4 3' } : {}),
          });
    const label = element(
      'text',
      {
        x: entry.x + style.swatchWidth + style.gap,
        y: entry.y,
        'dominant-baseline': 'central',
        fill: stampStyle.footerColor,
      },
      entry.label,
    );
    group.append(swatch, label);
  }
  return group;
}
