/*
 * A chart's look comes partly from the page's style sheets, which do not travel with a copied SVG.
 * So the clone gets the computed paint and font properties of each element written inline.
 */

// Inherited properties are written only where they differ from the parent, which keeps the file
// small; the others only where they differ from their initial value.
// prettier-ignore
const INHERITED_PROPERTIES = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'font-family',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility',
  'letter-spacing', 'paint-order',
];
const OWN_PROPERTIES: Record<string, (value: string, element: Element) => boolean> = {
  opacity: (value) => value !== '1',
  display: (value) => value === 'none',
  'stop-color': (_value, element) => element.localName === 'stop',
  'stop-opacity': (_value, element) => element.localName === 'stop',
};

/** Recharts' hover feedback: the tooltip's cursor line or band and the highlighted point. */
const HOVER_MARKS = '.recharts-tooltip-cursor, .recharts-active-dot';

type StyleReader = (element: Element) => CSSStyleDeclaration | null;

function styleReader(element: Element): StyleReader {
  const view = element.ownerDocument.defaultView;
  return (target) => {
    try {
      return view ? view.getComputedStyle(target) : null;
    } catch {
      return null;
    }
  };
}

function inlineDeclarations(
  live: Element,
  parentStyle: CSSStyleDeclaration | null,
  read: StyleReader,
  always: string[],
) {
  const style = read(live);
  if (!style) return { style, declarations: [] as string[] };
  const declarations: string[] = [];
  for (const property of INHERITED_PROPERTIES) {
    const value = style.getPropertyValue(property).trim();
    const inherited = parentStyle?.getPropertyValue(property).trim();
    if (value && (value !== inherited || always.includes(property))) {
      declarations.push(`${property}:${value}`);
    }
  }
  for (const [property, worthWriting] of Object.entries(OWN_PROPERTIES)) {
    const value = style.getPropertyValue(property).trim();
    if (value && worthWriting(value, live)) declarations.push(`${property}:${value}`);
  }
  return { style, declarations };
}

/** Clones the chart and writes its computed styles inline, walking the live and cloned trees together. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const read = styleReader(svg);
  const walk = (
    live: Element,
    copy: Element,
    parentStyle: CSSStyleDeclaration | null,
    always: string[] = [],
  ) => {
    const { style, declarations } = inlineDeclarations(live, parentStyle, read, always);
    // The root's own style sizes it in the page (width: 100%); here the snapshot sizes it.
    const own = copy === clone ? '' : (copy.getAttribute('style') ?? '').trim();
    const ownProperties = own.split(';').map((part) => part.split(':')[0]?.trim().toLowerCase());
    const computed = declarations.filter((part) => !ownProperties.includes(part.split(':')[0]));
    const merged = [own.replace(/;$/, ''), ...computed].filter(Boolean).join(';');
    if (merged) copy.setAttribute('style', merged);
    else copy.removeAttribute('style');
    const liveChildren = [...live.children];
    [...copy.children].forEach((child, index) => {
      const liveChild = liveChildren[index];
      if (liveChild) walk(liveChild, child, style);
    });
  };
  // The root is compared with the page around it, so page-wide defaults are not copied and the
  // snapshot's own font stack applies; the font size is kept, as the page's base size may differ.
  const pageStyle = svg.parentElement ? read(svg.parentElement) : null;
  walk(svg, clone, pageStyle, ['font-size']);
  // What the pointer happened to hover when the user chose the export is no part of the chart.
  clone.querySelectorAll(HOVER_MARKS).forEach((mark) => mark.remove());
  return clone;
}
