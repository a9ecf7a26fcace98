import type { DataTable } from '@/lib/data-table';
import type { Provenance } from '@/lib/provenance';
import { EXPORT_WIDTH, drawnSize, layOutForExport, renderChartImage } from './chart-raster';
import { tableToCsvBlob } from './csv';
import { ChartNotShownError } from './export-errors';
import { exportFileName, type ExportFileNameInput } from './file-name';
import { readLegend } from './legend-band';
import { saveFile } from './save-file';
import { buildSvgSnapshot } from './svg-snapshot';
import { chartSvgOf } from './report-slots';

/*
 * The one entry point for a card's export menu, loaded on first use: it builds a typed Blob for
 * the chosen format and hands it to saveFile under a name that says what is inside and when.
 */

export type ChartExportFormat = 'png' | 'svg' | 'csv' | 'xlsx';

export type ChartExportTarget = {
  chartNode: HTMLElement | null;
  table: DataTable | null;
  title: string;
  /** Wide cards are exported at the wide export width. */
  wide?: boolean;
};

/** Everything a file name needs besides the title and the extension. */
export type FileNameContext = Omit<ExportFileNameInput, 'title' | 'extension'>;

export const imageFormats: readonly ChartExportFormat[] = ['png', 'svg'];

function shownChart(target: ChartExportTarget): SVGSVGElement {
  const svg = target.chartNode ? chartSvgOf(target.chartNode) : null;
  if (!svg) throw new ChartNotShownError();
  return svg;
}

function shownTable(target: ChartExportTarget): DataTable {
  if (!target.table) throw new TypeError('The card has no data to export yet');
  return target.table;
}

/** Runs `work` on the chart laid out at the fixed export width, then puts the chart back. */
async function atExportWidth<T>(
  target: ChartExportTarget,
  work: (svg: SVGSVGElement) => Promise<T> | T,
): Promise<T> {
  const area = target.chartNode;
  if (!area || !chartSvgOf(area)) throw new ChartNotShownError();
  const restore = await layOutForExport(area, target.wide ? EXPORT_WIDTH.wide : EXPORT_WIDTH.card);
  try {
    return await work(shownChart(target));
  } finally {
    restore();
  }
}

/** The stamped PNG of the chart as drawn, for the clipboard. */
export async function chartPngBlob(
  target: ChartExportTarget,
  provenance: Provenance,
): Promise<Blob> {
  const legend = target.chartNode ? readLegend(target.chartNode) : [];
  const image = await atExportWidth(target, (svg) => renderChartImage(svg, provenance, { legend }));
  return new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

async function chartBlob(
  format: ChartExportFormat,
  target: ChartExportTarget,
  provenance: Provenance,
): Promise<Blob> {
  switch (format) {
    case 'png':
      return chartPngBlob(target, provenance);
    case 'svg': {
      const legend = target.chartNode ? readLegend(target.chartNode) : [];
      const markup = await atExportWidth(target, (svg) =>
        buildSvgSnapshot(svg, provenance, { ...drawnSize(svg), legend }),
      );
      return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
    }
    case 'csv':
      return tableToCsvBlob(shownTable(target), provenance);
    case 'xlsx': {
      // The spreadsheet writer is the largest piece of the menu: it loads only when asked for.
      const { tableToXlsx } = await import('./xlsx');
      return tableToXlsx(shownTable(target), provenance);
    }
  }
}

/** Builds the file and downloads it; returns the file name, for the confirmation message. */
export async function exportChart(
  format: ChartExportFormat,
  target: ChartExportTarget,
  provenance: Provenance,
  names: FileNameContext,
): Promise<string> {
  const blob = await chartBlob(format, target, provenance);
  const fileName = exportFileName({ ...names, title: target.title, extension: format });
  saveFile(blob, fileName);
  return fileName;
}
