import type { Provenance } from '@/lib/provenance';
import { layOutForExport, renderChartImage, type ChartImage } from './chart-raster';
import { NothingToExportError } from './export-errors';
import { readLegend } from './legend-band';
import { PRINT_CHART_PX } from './print-layout';
import { chartKey, chartSvgOf, findCharts, findSections } from './report-slots';
import { stampStyle } from './stamp-layout';

/*
 * The whole dashboard as a report: its sections in page order, each with the paragraphs the app
 * wrote for it and its charts as stamped images. The PDF and the Word builders only lay this out.
 */

export type ReportChart = {
  title: string;
  image: ChartImage;
  /** The smallest text in the image, in the image's CSS pixels: how far it may shrink in print. */
  smallestTextPx?: number;
};

/** The smallest font size of a chart's text, its stamp's included. */
export function smallestTextPx(svg: SVGSVGElement): number {
  const sizes = [...svg.querySelectorAll('text')].map((text) =>
    Number.parseFloat(getComputedStyle(text).fontSize || text.getAttribute('font-size') || ''),
  );
  return Math.min(stampStyle.footerFontSize, ...sizes.filter((size) => size > 0));
}

export type ReportSection = {
  /** The id of the section's heading on the page, e.g. "case-resolution-heading". */
  id: string;
  heading: string;
  paragraphs: string[];
  charts: ReportChart[];
};

export type DashboardReport = {
  /** The dashboard's own provenance: its title, the filters, the as-of date, source, link. */
  provenance: Provenance;
  sections: ReportSection[];
};

export type ReportProgress = { done: number; total: number };

export type ReportOptions = {
  /** Paragraphs by section heading id. */
  paragraphs: Record<string, string[]>;
  /** The provenance of one chart: the dashboard's, under the chart's title. */
  chartProvenance: (title: string) => Provenance;
  imageType: ChartImage['type'];
  /** Which charts go in, by their key (see chartKey); all when absent. */
  include?: ReadonlySet<string>;
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
};

/** Lets the page paint and answer input between two charts; each takes tens of milliseconds. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function collectReport(
  root: ParentNode,
  provenance: Provenance,
  options: ReportOptions,
): Promise<DashboardReport> {
  const slots = findCharts(root).filter(
    (slot) => !options.include || options.include.has(chartKey(slot)),
  );
  if (slots.length === 0 && !options.include) throw new NothingToExportError();
  const sections = findSections(root).map(({ id, heading }): ReportSection => ({
    id,
    heading,
    paragraphs: options.paragraphs[id] ?? [],
    charts: [],
  }));
  options.onProgress?.({ done: 0, total: slots.length });
  for (const [index, slot] of slots.entries()) {
    options.signal?.throwIfAborted();
    const provenance = {
      ...options.chartProvenance(slot.title),
      ...(slot.subtitle && { subtitle: slot.subtitle }),
    };
    // Laid out at a fixed width, as a single chart's export is; here at print width, so that a
    // wide chart's text is not scaled below 7 pt on the page.
    const area = slot.area as HTMLElement;
    const restore = await layOutForExport(area, PRINT_CHART_PX);
    let image: ChartImage;
    let smallestText: number;
    try {
      const svg = chartSvgOf(area) ?? slot.svg;
      smallestText = smallestTextPx(svg);
      image = await renderChartImage(svg, provenance, {
        legend: readLegend(slot.area),
        type: options.imageType,
        stamp: 'report',
      });
    } finally {
      restore();
    }
    sections
      .find((section) => section.id === slot.sectionId)
      ?.charts.push({ title: slot.title, image, smallestTextPx: smallestText });
    options.onProgress?.({ done: index + 1, total: slots.length });
    await yieldToPage();
  }
  options.signal?.throwIfAborted();
  return {
    provenance,
    sections: sections.filter(
      (section) => section.charts.length > 0 || section.paragraphs.length > 0,
    ),
  };
}
