/*
 * Wide charts drawn at print width. A chart drawn 1,300 pixels wide on a large screen and scaled
 * onto an A4 page would carry 4-point text; drawn again at PRINT_CHART_PX, its text stays at 7 pt
 * or more on the page (11-pixel text × 483 pt ÷ 680 px ≈ 7.8 pt in the PDF, ≈ 7.2 pt in Word's
 * 15.6 cm text width). The page's stylesheet narrows every chart while the attribute is set on
 * the root, and one chart area while it is set on that area: charts are narrowed and widened
 * again one a frame, since all at once their redraw held the page for a quarter of a second.
 */

export const PRINT_CHART_PX = 680;
export const PRINT_LAYOUT_ATTRIBUTE = 'data-print-layout';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const chartSurfaces = (root: ParentNode) => [
  ...root.querySelectorAll<SVGSVGElement>('[data-card] [role="img"] svg.recharts-surface'),
];
const widthOf = (svg: SVGSVGElement) => Math.round(svg.getBoundingClientRect().width);
const chartWidths = (root: ParentNode) => chartSurfaces(root).map(widthOf);

/** Sets or clears the attribute on each area, one a frame, so that each redraw is a task of its own. */
async function oneAFrame(areas: Element[], narrow: boolean) {
  for (const area of areas) {
    if (narrow) area.setAttribute(PRINT_LAYOUT_ATTRIBUTE, '');
    else area.removeAttribute(PRINT_LAYOUT_ATTRIBUTE);
    await frame();
  }
}

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
  const wide = chartSurfaces(root)
    .filter((svg) => widthOf(svg) > PRINT_CHART_PX + 1)
    .flatMap((svg) => svg.closest('.chart-area') ?? []);
  if (wide.length === 0) return work();
  try {
    await oneAFrame(wide, true);
    html.setAttribute(PRINT_LAYOUT_ATTRIBUTE, '');
    await settled(root, timeoutMs);
    return await work();
  } finally {
    html.removeAttribute(PRINT_LAYOUT_ATTRIBUTE);
    await oneAFrame(wide, false);
  }
}
