import type { Provenance } from '@/lib/provenance';
import type { BriefingInput } from './docx-briefing';
import { collectReport, type ReportProgress } from './dashboard-report';
import { ExportWorkerError } from './export-errors';
import {
  assembleFile,
  imageBuffers,
  type AssemblyReply,
  type AssemblyRequest,
} from './file-assembly';
import { exportFileName } from './file-name';
import type { FileNameContext } from './chart-export';
import { withPrintLayout } from './print-layout';
import { saveFile } from './save-file';

/*
 * The entry point for the whole-dashboard exports, loaded on first use. The charts are drawn one
 * at a time with a pause between them, so the page stays responsive and a cancel is honoured
 * between any two; the PDF font loads while the charts are drawn. The file is then put together in
 * a Web Worker (see file-assembly.ts), so that the page answers input meanwhile.
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

/**
 * Puts the file together in a worker, started for this file and ended with it; a cancel ends it
 * at once. Without Worker (jsdom) the same code runs in this thread.
 */
export function assembleOffThread(request: AssemblyRequest, signal?: AbortSignal) {
  if (typeof Worker === 'undefined') return assembleFile(request);
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./file-assembly.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<Uint8Array>((resolve, reject) => {
    const settle = () => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => {
      settle();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<AssemblyReply>) => {
      settle();
      if (event.data.type === 'done') resolve(event.data.bytes);
      else reject(new ExportWorkerError(event.data.reason));
    };
    // A worker that cannot load (a missing file, a blocked script) or dies: an Event, not an Error.
    worker.onerror = (event) => {
      event.preventDefault();
      settle();
      reject(new ExportWorkerError(event.message || 'The export worker failed'));
    };
    worker.onmessageerror = () => {
      settle();
      reject(new ExportWorkerError('The export worker sent back what could not be read'));
    };
    worker.postMessage(request, imageBuffers(request.report));
  });
}

async function buildPdf(input: DashboardExportInput): Promise<Blob> {
  const { loadPdfFont } = await import('./pdf-font-file');
  const font = loadPdfFont();
  // The font is awaited only after the charts; a failure is reported then, not as unhandled.
  font.catch(() => undefined);
  // PDF readers take JPEG as it is; a PNG would be decoded and compressed again in JavaScript.
  const report = await collect(input, 'jpeg');
  input.onProgress?.('assembling');
  const bytes = await assembleOffThread({ type: 'pdf', report, font: await font }, input.signal);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

async function buildDocx(input: DashboardExportInput): Promise<Blob> {
  if (!input.briefing) throw new TypeError('A Word briefing needs its head and distribution');
  const report = await collect(input, 'png');
  input.onProgress?.('assembling');
  const bytes = await assembleOffThread(
    { type: 'docx', report, briefing: input.briefing },
    input.signal,
  );
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
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
