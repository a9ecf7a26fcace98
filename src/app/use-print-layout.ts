import { useEffect } from 'react';
import { drawEveryChart } from '@/features/charts/near-viewport';
import { PRINT_LAYOUT_ATTRIBUTE, withPrintLayout } from '@/features/export/print-layout';

let printing = false;

/**
 * Prints the report as the PDF export lays it out: every chart drawn (those below the fold too)
 * and redrawn at print width, then the browser's print dialog, then the page as it was. The
 * dialog blocks while it is open, so the print layout holds for the whole of printing.
 */
export async function printReport(print: () => void = () => window.print()): Promise<void> {
  if (printing) return;
  printing = true;
  try {
    await drawEveryChart();
    await withPrintLayout(document, async () => print());
  } finally {
    printing = false;
  }
}

const isPrintShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) &&
  !event.altKey &&
  !event.shiftKey &&
  event.key.toLowerCase() === 'p';

/**
 * Ctrl+P (⌘P) prints through printReport, so charts are ready at print width before the dialog
 * takes its snapshot. Printing from the browser's menu cannot be held back: there the charts are
 * asked to redraw as printing starts, and the print stylesheet scales whatever has not redrawn
 * yet, so nothing runs off the page either way.
 */
export function usePrintLayout() {
  useEffect(() => {
    const html = document.documentElement;
    const before = () => html.setAttribute(PRINT_LAYOUT_ATTRIBUTE, '');
    const after = () => html.removeAttribute(PRINT_LAYOUT_ATTRIBUTE);
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event)) return;
      event.preventDefault();
      void printReport();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
