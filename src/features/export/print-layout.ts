/*
 * Wide charts drawn at print width. A chart drawn 1,300 pixels wide on a large screen and scaled
 * onto an A4 page would carry 4-point text; drawn again at PRINT_CHART_PX, its text stays at 7 pt
 * or more on the page (11-pixel text × 483 pt ÷ 680 px ≈ 7.8 pt in the PDF, ≈ 7.2 pt in Word's
 * 15.6 cm text width). The page's stylesheet narrows every chart while the attribute is set.
 */

export const PRINT_CHART_PX = 680;
export const PRINT_LAYOUT_ATTRIBUTE = 'data-print-layout';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const chartWidths = (root: ParentNode) =>
  [...root.querySelectorAll<SVGSVGElement>('[data-card] [role="img"] svg.recharts-surface')].map(
    (svg) => Math.round(svg.getBoundingClientRect().width),
  );

/** Waits until every chart is at most print width and has stopped changing, or a second passes. */
async function settled(root: ParentNode, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let previous = '';
  let stable = 0;
  while (performance.now() < deadline) {
    await frame();
    const widths = chartWidths(root);
    const key = widths.join(',');
    const narrow = widths.every((width) => width <= PRINT_CHART_PX + 1);
    stable = narrow && key === previous ? stable + 1 : 0;
    previous = key;
    if (stable >= 2) return;
  }
}

/** Runs `work` with the charts drawn at print width, and puts them back afterwards. */
export async function withPrintLayout<T>(
  root: ParentNode,
  work: () => Promise<T>,
  timeoutMs = 1500,
): Promise<T> {
  const html = document.documentElement;
  const wide = chartWidths(root).some((width) => width > PRINT_CHART_PX + 1);
  if (!wide) return work();
  html.setAttribute(PRINT_LAYOUT_ATTRIBUTE, '');
  try {
    await settled(root, timeoutMs);
    return await work();
  } finally {
    html.removeAttribute(PRINT_LAYOUT_ATTRIBUTE);
  }
}
