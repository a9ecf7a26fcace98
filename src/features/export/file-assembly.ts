import type { DashboardReport } from './dashboard-report';
import type { BriefingInput } from './docx-briefing';

/*
 * Putting the PDF or the Word file together from the collected report is pure byte work (text
 * laid out and measured with fontkit, the font subset, pdf-lib's writer; docx's packer and zip)
 * that held the page for most of a second. It runs in a Web Worker (file-assembly.worker.ts);
 * where there are no workers (tests under jsdom) it runs here, with the same result.
 */

export type AssemblyRequest =
  | { type: 'pdf'; report: DashboardReport; font: Uint8Array }
  | { type: 'docx'; report: DashboardReport; briefing: BriefingInput };

export type AssemblyReply =
  { type: 'done'; bytes: Uint8Array } | { type: 'failed'; reason: string };

export async function assembleFile(request: AssemblyRequest): Promise<Uint8Array> {
  if (request.type === 'pdf') {
    const { buildPdfReport } = await import('./pdf-report');
    return buildPdfReport(request.report, request.font);
  }
  const { buildDocxBriefing } = await import('./docx-briefing');
  const blob = await buildDocxBriefing(request.report, request.briefing);
  return new Uint8Array(await blob.arrayBuffer());
}

/** The buffers of a report's images, handed to the worker rather than copied. */
export const imageBuffers = (report: DashboardReport): ArrayBuffer[] => [
  ...new Set(
    report.sections.flatMap((section) =>
      section.charts.map((chart) => chart.image.bytes.buffer as ArrayBuffer),
    ),
  ),
];
