import type { Provenance } from '@/lib/provenance';
import {
  EXPORT_WIDTH,
  chartSvgOf,
  layOutForExport,
  renderChartImage,
  type ChartImage,
} from './chart-raster';
import { NothingToExportError } from './export-errors';
import { readLegend } from './legend-band';

/*
 * The whole dashboard as a report: its sections in page order, each with the paragraphs the app
 * wrote for it and its charts as stamped images. The PDF and the Word builders only lay this out.
 */

export type ReportChart = { title: string; image: ChartImage };

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
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
};

type ChartSlot = {
  sectionId: string;
  title: string;
  subtitle: string;
  wide: boolean;
  area: Element;
  svg: SVGSVGElement;
};

/** Every chart ready on the page, in document order: a card in the 'ready' state with an SVG. */
export function findCharts(root: ParentNode): ChartSlot[] {
  return [...root.querySelectorAll('[data-card][data-state="ready"]')].flatMap((card) => {
    const area = card.querySelector('[role="img"]');
    const svg = area ? chartSvgOf(area) : null;
    const section = card.parentElement?.closest('section[aria-labelledby]');
    if (!area || !svg || !section) return [];
    const title = (card.querySelector('h3')?.textContent ?? '').trim();
    const subtitle = (card.querySelector('.card__subtitle')?.textContent ?? '').trim();
    const wide = card.getAttribute('data-wide') === 'true';
    const sectionId = section.getAttribute('aria-labelledby') ?? '';
    return [{ sectionId, title, subtitle, wide, area, svg }];
  });
}

/** The page's sections in order: those whose heading is an h2, with its text. */
export function findSections(root: ParentNode): Array<{ id: string; heading: string }> {
  return [...root.querySelectorAll('section[aria-labelledby]')].flatMap((section) => {
    const id = section.getAttribute('aria-labelledby') ?? '';
    const heading = section.querySelector(`h2[id="${CSS.escape(id)}"]`);
    return heading ? [{ id, heading: (heading.textContent ?? '').trim() }] : [];
  });
}

/** Lets the page paint and answer input between two charts; each takes tens of milliseconds. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function collectReport(
  root: ParentNode,
  provenance: Provenance,
  options: ReportOptions,
): Promise<DashboardReport> {
  const slots = findCharts(root);
  if (slots.length === 0) throw new NothingToExportError();
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
    // Laid out at the fixed export width, as a single chart's export is.
    const area = slot.area as HTMLElement;
    const restore = await layOutForExport(area, slot.wide ? EXPORT_WIDTH.wide : EXPORT_WIDTH.card);
    let image: ChartImage;
    try {
      image = await renderChartImage(chartSvgOf(area) ?? slot.svg, provenance, {
        legend: readLegend(slot.area),
        type: options.imageType,
      });
    } finally {
      restore();
    }
    sections
      .find((section) => section.id === slot.sectionId)
      ?.charts.push({ title: slot.title, image });
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
