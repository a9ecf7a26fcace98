import { ClipboardCopyError } from './save-file';

/*
 * What can go wrong in an export, as typed errors, so that the page can say what happened in
 * words and the user knows what to try instead. Nothing on the page changes when one is thrown.
 */

/** The image would need a canvas larger than browsers reliably allocate. */
export class CanvasTooLargeError extends Error {
  override readonly name = 'CanvasTooLargeError';
  constructor(
    readonly pixels: number,
    readonly maxPixels: number,
  ) {
    super(`The image needs ${pixels} pixels; the limit is ${maxPixels}`);
  }
}

/** A font the export draws with could not be loaded, so text would come out in the wrong glyphs. */
export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
}

/** The chart could not be drawn into an image (the browser refused to decode the SVG). */
export class ChartRenderError extends Error {
  override readonly name = 'ChartRenderError';
}

/** The worker that puts the PDF or Word file together failed to start or to finish it. */
export class ExportWorkerError extends Error {
  override readonly name = 'ExportWorkerError';
}

/** The export needs the drawn chart, but the card shows its table. */
export class ChartNotShownError extends Error {
  override readonly name = 'ChartNotShownError';
  constructor() {
    super('The card shows its table, not its chart');
  }
}

/** A dashboard export found nothing to put in the file. */
export class NothingToExportError extends Error {
  override readonly name = 'NothingToExportError';
  constructor() {
    super('No chart is ready to export');
  }
}

export type ExportFailure =
  | { kind: 'cancelled' }
  | { kind: 'canvasTooLarge'; pixels: number; maxPixels: number }
  | { kind: 'clipboardUnsupported' }
  | { kind: 'clipboardRejected' }
  | { kind: 'fontLoad' }
  | { kind: 'render' }
  | { kind: 'worker' }
  | { kind: 'needsChart' }
  | { kind: 'noCharts' }
  | { kind: 'unknown'; reason: string };

/** Sorts any thrown value into a failure the page has a message for. */
export function describeExportFailure(error: unknown): ExportFailure {
  if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
  if (error instanceof CanvasTooLargeError) {
    return { kind: 'canvasTooLarge', pixels: error.pixels, maxPixels: error.maxPixels };
  }
  if (error instanceof ClipboardCopyError) {
    return { kind: error.reason === 'unsupported' ? 'clipboardUnsupported' : 'clipboardRejected' };
  }
  if (error instanceof FontLoadError) return { kind: 'fontLoad' };
  if (error instanceof ChartRenderError) return { kind: 'render' };
  if (error instanceof ExportWorkerError) return { kind: 'worker' };
  if (error instanceof ChartNotShownError) return { kind: 'needsChart' };
  if (error instanceof NothingToExportError) return { kind: 'noCharts' };
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', reason: reason.slice(0, 200) };
}
