import type { Provenance } from '@/lib/provenance';
import { CanvasTooLargeError, ChartRenderError } from './export-errors';
import { drawLegend, legendLayout, type LegendEntry } from './legend-band';
import { addPngTextChunks, provenancePngEntries } from './png-metadata';
import { drawStamp } from './stamp';
import { stampLayout, STAMP_FONT_FAMILY, type StampMode } from './stamp-layout';
import { loadStampFonts } from './stamp-fonts';
import { cloneWithInlineStyles } from './svg-inline-styles';
import { SVG_NS, sanitiseSvgTree } from './svg-sanitise';
import { chartSvgOf } from './report-slots';

/*
 * A chart as a stamped PNG: the card's own <svg>, with its computed styles inlined, drawn into a
 * canvas at a fixed pixel ratio on white, between the provenance header and footer.
 */

// 16.7 million pixels (4096²) is the largest canvas every current browser allocates, iOS Safari
// included; past it, toBlob silently returns null or a blank image.
export const MAX_CANVAS_PIXELS = 16_777_216;
const MAX_CANVAS_SIDE = 16_384;

export type ChartImage = {
  bytes: Uint8Array;
  /** PNG carries the provenance in text chunks; JPEG is for PDFs, which embed it without decoding. */
  type: 'png' | 'jpeg';
  /** The size of the stamped image in CSS pixels; the PNG holds pixelRatio times as many. */
  width: number;
  height: number;
  pixelRatio: number;
};

/**
 * Exported charts are laid out at a fixed width, whatever the screen: the same file from a phone
 * and from a command-centre wall, and no 3,500-pixel-wide image of a wide card.
 */
export const EXPORT_WIDTH = { card: 720, wide: 960 } as const;

const nextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => resolve())
      : setTimeout(resolve, 16),
  );

/**
 * Lays the chart area out at the export width, off screen (its place on the page is kept), until
 * the chart has been redrawn at that width; returns a function that puts it back.
 */
export async function layOutForExport(area: HTMLElement, width: number): Promise<() => void> {
  const holder = area.parentElement;
  const saved = { area: area.getAttribute('style'), holder: holder?.style.minHeight ?? '' };
  if (holder) holder.style.minHeight = `${holder.getBoundingClientRect().height}px`;
  Object.assign(area.style, {
    position: 'fixed',
    left: `${-width - 10_000}px`,
    top: '0',
    width: `${width}px`,
  });
  const restore = () => {
    if (saved.area === null) area.removeAttribute('style');
    else area.setAttribute('style', saved.area);
    if (holder) holder.style.minHeight = saved.holder;
  };
  // The charts follow their container's size through ResizeObserver: wait for the redraw. A
  // drawing that does not follow its container (a fixed-size SVG) is exported as it is.
  for (let frame = 0; frame < 30; frame += 1) {
    await nextFrame();
    const svg = chartSvgOf(area);
    if (svg && Math.round(svg.getBoundingClientRect().width) === width) break;
  }
  await nextFrame();
  return restore;
}

/** The chart's size as drawn, in whole CSS pixels, so that the PNG's size is exact. */
export function drawnSize(svg: SVGSVGElement) {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')));
  const height = Math.round(box.height || Number(svg.getAttribute('height')));
  if (!(width > 0 && height > 0)) throw new ChartRenderError('The chart has no size');
  return { width, height };
}

function standaloneChartSvg(svg: SVGSVGElement, width: number, height: number): string {
  const chart = cloneWithInlineStyles(svg);
  sanitiseSvgTree(chart);
  chart.setAttribute('xmlns', SVG_NS);
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('font-family', STAMP_FONT_FAMILY);
  return new XMLSerializer().serializeToString(chart);
}

async function loadSvgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  const image = new Image();
  try {
    image.src = url;
    await image.decode();
    return image;
  } catch (cause) {
    throw new ChartRenderError('The browser could not decode the chart', { cause });
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement, type: ChartImage['type']): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (blob) resolve(blob);
        else reject(new ChartRenderError('The canvas produced no image'));
      },
      `image/${type}`,
      0.92,
    );
  });
}

export async function renderChartImage(
  svg: SVGSVGElement,
  provenance: Provenance,
  options: {
    legend?: LegendEntry[];
    pixelRatio?: number;
    type?: ChartImage['type'];
    /** 'report': inside the PDF or Word report, titled by its caption (see StampMode). */
    stamp?: StampMode;
  } = {},
): Promise<ChartImage> {
  const pixelRatio = options.pixelRatio ?? 2;
  const type = options.type ?? 'png';
  const { width, height: chartHeight } = drawnSize(svg);
  const layout = stampLayout(provenance, width, options.stamp);
  const legend = legendLayout(options.legend ?? [], width);
  const height = layout.headerHeight + chartHeight + legend.height + layout.footerHeight;
  const pixels = width * pixelRatio * height * pixelRatio;
  if (pixels > MAX_CANVAS_PIXELS || Math.max(width, height) * pixelRatio > MAX_CANVAS_SIDE) {
    throw new CanvasTooLargeError(pixels, MAX_CANVAS_PIXELS);
  }
  // Both before any drawing: a canvas draws text in whatever font is loaded at that moment.
  const [image] = await Promise.all([
    loadSvgImage(standaloneChartSvg(svg, width, chartHeight)),
    loadStampFonts(provenance, layout, legend.placed.map((entry) => entry.label).join('')),
  ]);

  const canvas = document.createElement('canvas');
  canvas.width = width * pixelRatio;
  canvas.height = height * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) throw new CanvasTooLargeError(pixels, MAX_CANVAS_PIXELS);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, layout.headerHeight, width, chartHeight);
  drawLegend(context, legend.placed, layout.headerHeight + chartHeight);
  drawStamp(context, provenance, {
    width,
    height,
    pixelRatio,
    headerHeight: layout.headerHeight,
    footerHeight: layout.footerHeight,
    mode: options.stamp,
  });
  const encoded = new Uint8Array(await (await canvasToBlob(canvas, type)).arrayBuffer());
  const bytes =
    type === 'png' ? addPngTextChunks(encoded, provenancePngEntries(provenance)) : encoded;
  return { bytes, type, width, height, pixelRatio };
}
