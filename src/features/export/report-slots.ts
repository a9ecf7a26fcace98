/*
 * Where the charts and sections are on the page: DOM lookups only, so that the 简报 dialog can list
 * them without loading the export code (rasterising, stamps, legends) before an export starts.
 */

/** The drawn chart inside a card's chart area: Recharts' surface, or the first SVG there. */
export function chartSvgOf(chartNode: Element): SVGSVGElement | null {
  return (
    chartNode.querySelector<SVGSVGElement>('svg.recharts-surface') ??
    chartNode.querySelector<SVGSVGElement>('svg')
  );
}

export type ChartSlot = {
  cardId: string;
  sectionId: string;
  title: string;
  subtitle: string;
  wide: boolean;
  area: Element;
  svg: SVGSVGElement;
};

/**
 * A chart's key for choosing it: its card's id, which stays the same whether or not the charts
 * below the fold have been drawn yet (a place among the drawn charts would not).
 */
export const chartKey = (slot: Pick<ChartSlot, 'cardId'>) => slot.cardId;

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
    const cardId = card.getAttribute('data-card') ?? '';
    return [{ cardId, sectionId, title, subtitle, wide, area, svg }];
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
