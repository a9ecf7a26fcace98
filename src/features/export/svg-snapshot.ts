import type { Provenance } from '@/lib/provenance';
import { sampleMark } from './provenance-text';
import {
  STAMP_FONT_FAMILY,
  badgeBox,
  lineBaseline,
  stampLayout,
  stampStyle,
  subtitleTop,
  watermarkGeometry,
} from './stamp-layout';
import { legendElements, legendLayout, type LegendEntry } from './legend-band';
import { cloneWithInlineStyles } from './svg-inline-styles';
import { svgMetadata, type Attributes, type ElementFactory } from './svg-metadata';
import { SVG_NS, sanitiseSvgTree, xmlSafeText } from './svg-sanitise';

export type SvgSnapshotOptions = {
  /** The chart's size in CSS pixels; read from the element when left out. */
  width?: number;
  height?: number;
  /** The card's legend, drawn below the chart. */
  legend?: LegendEntry[];
};

// The declaration is optional for SVG, but older software (some Office and WPS versions, image
// viewers) only recognises the file as XML, and reads it as UTF-8, when it is there.
const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

function chartSize(svg: SVGSVGElement, options: SvgSnapshotOptions) {
  const attribute = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const box = svg.getBoundingClientRect();
  const pick = (...candidates: Array<number | undefined>) =>
    candidates.find((value) => value !== undefined && Number.isFinite(value) && value > 0);
  const width = pick(options.width, attribute('width'), viewBox[2], box.width);
  const height = pick(options.height, attribute('height'), viewBox[3], box.height);
  if (width === undefined || height === undefined) throw new RangeError('The chart has no size');
  return { width, height };
}

export function buildSvgSnapshot(
  svg: SVGSVGElement,
  provenance: Provenance,
  options: SvgSnapshotOptions = {},
): string {
  const { width, height } = chartSize(svg, options);
  const layout = stampLayout(provenance, width);
  const { padding } = stampStyle;
  const legend = legendLayout(options.legend ?? [], width);
  const totalHeight = layout.headerHeight + height + legend.height + layout.footerHeight;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;

  const element = (name: string, attributes: Attributes = {}, text?: string, ns = SVG_NS) => {
    const node = doc.createElementNS(ns, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    // Data strings always go in as text nodes, so the serializer escapes them.
    if (text !== undefined) node.textContent = xmlSafeText(text);
    return node;
  };
  const textLines = (lines: string[], top: number, lineHeight: number, attributes: Attributes) =>
    lines.map((line, index) =>
      element('text', { x: padding, y: lineBaseline(top, index, lineHeight), ...attributes }, line),
    );

  for (const [key, value] of Object.entries({
    width,
    height: totalHeight,
    viewBox: `0 0 ${width} ${totalHeight}`,
    'font-family': STAMP_FONT_FAMILY,
  })) {
    root.setAttribute(key, String(value));
  }
  root.append(element('title', {}, provenance.title), svgMetadata(provenance, element));
  root.append(element('rect', { width, height: totalHeight, fill: stampStyle.background }));
  root.append(
    ...textLines(layout.titleLines, padding, stampStyle.titleLineHeight, {
      'font-size': stampStyle.titleFontSize,
      'font-weight': 600,
      fill: stampStyle.titleColor,
    }),
  );
  root.append(
    ...textLines(layout.subtitleLines, subtitleTop(layout), stampStyle.subtitleLineHeight, {
      'font-size': stampStyle.subtitleFontSize,
      fill: stampStyle.footerColor,
    }),
  );
  if (layout.badge) {
    const box = badgeBox(layout, width);
    const badge = element('g', { transform: `translate(${box.x} ${box.y})` });
    badge.append(
      element('rect', {
        width: box.width,
        height: box.height,
        fill: 'none',
        stroke: stampStyle.sampleColor,
      }),
      element(
        'text',
        {
          x: box.width / 2,
          y: box.height / 2,
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-size': stampStyle.badgeFontSize,
          'font-weight': 600,
          fill: stampStyle.sampleColor,
        },
        layout.badge.text,
      ),
    );
    root.append(badge);
  }

  const chart = doc.importNode(cloneWithInlineStyles(svg), true);
  sanitiseSvgTree(chart);
  const viewBox = chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}`;
  for (const [key, value] of Object.entries({
    x: 0,
    y: layout.headerHeight,
    width,
    height,
    viewBox,
  })) {
    chart.setAttribute(key, String(value));
  }
  root.append(chart);

  if (legend.height > 0) {
    root.append(legendElements(element, legend.placed, layout.headerHeight + height));
  }
  const footerTop = layout.headerHeight + height + legend.height;
  root.append(
    element('line', {
      x1: 0,
      x2: width,
      y1: footerTop + 0.5,
      y2: footerTop + 0.5,
      stroke: stampStyle.ruleColor,
    }),
  );
  root.append(
    ...textLines(layout.footerLines, footerTop + padding, stampStyle.footerLineHeight, {
      'font-size': stampStyle.footerFontSize,
      fill: stampStyle.footerColor,
    }),
  );
  if (provenance.isSample) {
    root.append(watermark(provenance, { width, height }, layout.headerHeight, element));
  }
  return XML_PROLOG + new XMLSerializer().serializeToString(doc);
}

function watermark(
  provenance: Provenance,
  chart: { width: number; height: number },
  top: number,
  element: ElementFactory,
) {
  const text = sampleMark(provenance.language);
  const { fontSize, angle, centerX, centerY } = watermarkGeometry(text, chart);
  const group = element('g', { transform: `translate(0 ${top})`, 'pointer-events': 'none' });
  group.append(
    element(
      'text',
      {
        x: centerX,
        y: centerY,
        transform: `rotate(${angle} ${centerX} ${centerY})`,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': fontSize,
        'font-weight': 700,
        fill: stampStyle.sampleColor,
        'fill-opacity': stampStyle.watermarkOpacity,
      },
      text,
    ),
  );
  return group;
}
