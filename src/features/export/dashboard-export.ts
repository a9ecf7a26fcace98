import type { Provenance } from '@/lib/provenance';
import type { BriefingInput } from './docx-briefing';
import { collectReport, type ReportProgress } from './dashboard-report';
import { exportFileName } from './file-name';
import type { FileNameContext } from './chart-export';
import { withPrintLayout } from './print-layout';
import { saveFile } from './save-file';

/*
 * The entry point for the whole-dashboard exports, loaded on first use. The charts are drawn one
 * at a time with a pause between them, so the page stays responsive and a cancel is honoured
 * between any two; the PDF or Word writer and the PDF font load while the charts are drawn.
 */

export type DashboardExportFormat = 'pdf' | 'docx';

export type DashboardExportInput = {
  root: ParentNode;
  provenance: Provenance;
  paragraphs: Record<string, string[]>;
  names: FileNameContext;
  /** The Word briefing's head, distribution and 下一步工作. */
  briefing?: BriefingInput;
  /** The charts chosen to go in, by chartKey; all when absent. */
  include?: ReadonlySet<string>;
  onProgress?: (progress: ReportProgress | 'assembling') => void;
  signal?: AbortSignal;
};

async function buildPdf(input: DashboardExportInput): Promise<Blob> {
  const { loadPdfFont } = await import('./pdf-font');
  const font = loadPdfFont();
  // The font is awaited only after the charts; a failure is reported then, not as unhandled.
  font.catch(() => undefined);
  const writer = import('./pdf-report');
  // PDF readers take JPEG as it is; a PNG would be decoded and compressed again in JavaScript.
  const report = await collect(input, 'jpeg');
  input.onProgress?.('assembling');
  const { buildPdfReport } = await writer;
  const bytes = await buildPdfReport(report, await font, input.signal);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

async function buildDocx(input: DashboardExportInput): Promise<Blob> {
  const writer = import('./docx-briefing');
  const report = await collect(input, 'png');
  input.onProgress?.('assembling');
  const { buildDocxBriefing } = await writer;
  if (!input.briefing) throw new TypeError('A Word briefing needs its head and distribution');
  return buildDocxBriefing(report, input.briefing);
}

function collect(input: DashboardExportInput, imageType: 'png' | 'jpeg') {
  return withPrintLayout(input.root, () =>
    collectReport(input.root, input.provenance, {
      imageType,
      paragraphs: input.paragraphs,
      include: input.include,
      chartProvenance: (title) => ({ ...input.provenance, title }),
      onProgress: input.onProgress,
      signal: input.signal,
    }),
  );
}

/** Builds the file and downloads it; returns its name, for the confirmation message. */
export async function exportDashboard(
  format: DashboardExportFormat,
  input: DashboardExportInput,
): Promise<string> {
  const blob = format === 'pdf' ? await buildPdf(input) : await buildDocx(input);
  input.signal?.throwIfAborted();
  const fileName = exportFileName({
    ...input.names,
    title: input.provenance.title,
    extension: format,
  });
  saveFile(blob, fileName);
  return fileName;
}
