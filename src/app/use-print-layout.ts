import { useEffect } from 'react';
import { PRINT_LAYOUT_ATTRIBUTE } from '@/features/export/print-layout';

/**
 * Ctrl+P: charts are asked to draw again at print width as printing starts, as the exports do,
 * so that a wide chart's text is not scaled down to a few points; the print stylesheet scales
 * whatever has not redrawn yet, so nothing runs off the page either way.
 */
export function usePrintLayout() {
  useEffect(() => {
    const html = document.documentElement;
    const before = () => html.setAttribute(PRINT_LAYOUT_ATTRIBUTE, '');
    const after = () => html.removeAttribute(PRINT_LAYOUT_ATTRIBUTE);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
