/*
 * Makes a cloned chart SVG inert and self-contained before it leaves the page. An allowlist, not a
 * blocklist: whatever is not plain drawing is dropped (script, foreignObject, image, a, animation
 * elements that could set an href, HTML), together with event attributes, links that leave the
 * document, external url(...) references and style sheets that could fetch or hide anything.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

// prettier-ignore
const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'textPath', 'title', 'desc', 'clipPath', 'mask', 'pattern',
  'linearGradient', 'radialGradient', 'stop', 'marker', 'style', 'filter', 'feBlend',
  'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB',
  'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset',
  'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

// Characters XML 1.0 forbids; a single one makes the whole file unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlSafeText = (text: string) => text.replace(NOT_XML_CHAR, '');

const URL_REFERENCE = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;
const FRAGMENT = /^#[\w.:-]+$/;

/**
 * Rewrites every url(...) in a CSS or attribute value to a same-document `url(#id)`, or returns null
 * when one points elsewhere. Browsers may resolve `url(#clip)` against the page address in
 * computed styles, so an absolute URL to the page itself counts as same-document.
 */
export function localiseUrls(
  value: string,
  documentUrl = globalThis.location?.href ?? '',
): string | null {
  const page = documentUrl.split('#')[0];
  let external = false;
  const rewritten = value.replace(URL_REFERENCE, (_match, _quote: string, target: string) => {
    const trimmed = target.trim();
    let fragment = trimmed.startsWith('#') ? trimmed : null;
    if (!fragment && page) {
      try {
        const resolved = new URL(trimmed, documentUrl);
        if (resolved.hash && resolved.href.split('#')[0] === page) fragment = resolved.hash;
      } catch {
        fragment = null;
      }
    }
    if (!fragment || !FRAGMENT.test(fragment)) external = true;
    return `url(${fragment ?? ''})`;
  });
  if (external || /url\(/i.test(rewritten.replace(URL_REFERENCE, ''))) return null;
  return rewritten;
}

// Anything a style sheet could use to fetch, run or obfuscate: imports, fonts, escapes, old IE hooks.
const UNSAFE_CSS = /@import|@font-face|\\|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i;

function isSafeStyleSheet(css: string): boolean {
  return !UNSAFE_CSS.test(css) && localiseUrls(css) !== null;
}

function sanitiseAttributes(element: Element): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.localName.toLowerCase();
    const namespace = attribute.namespaceURI;
    const value = attribute.value;
    const foreignNamespace = namespace !== null && namespace !== XLINK_NS;
    const unsafe =
      name.startsWith('on') ||
      foreignNamespace ||
      (name === 'href' && !value.trim().startsWith('#')) ||
      (name === 'style' && UNSAFE_CSS.test(value));
    if (unsafe) {
      element.removeAttributeNode(attribute);
      continue;
    }
    const local = /url\(/i.test(value) ? localiseUrls(value) : value;
    if (local === null) {
      element.removeAttributeNode(attribute);
    } else if (xmlSafeText(local) !== value) {
      element.setAttributeNS(namespace, attribute.name, xmlSafeText(local));
    }
  }
}

function isAllowedElement(element: Element): boolean {
  if (element.namespaceURI !== SVG_NS || !DRAWING_ELEMENTS.has(element.localName)) return false;
  return element.localName !== 'style' || isSafeStyleSheet(element.textContent ?? '');
}

/** Sanitises the tree in place; the root itself must be an <svg>. */
export function sanitiseSvgTree(root: Element): void {
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === child.TEXT_NODE) {
        const text = child.nodeValue ?? '';
        if (xmlSafeText(text) !== text) child.nodeValue = xmlSafeText(text);
      } else if (child.nodeType === child.ELEMENT_NODE && isAllowedElement(child as Element)) {
        sanitiseAttributes(child as Element);
        visit(child);
      } else {
        // Comments, processing instructions, CDATA and every element not on the list.
        child.parentNode?.removeChild(child);
      }
    }
  };
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    throw new TypeError('Expected an <svg> element');
  }
  sanitiseAttributes(root);
  visit(root);
}
