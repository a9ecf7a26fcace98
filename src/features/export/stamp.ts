import type { Provenance } from '@/lib/provenance';
import { sampleMark } from './provenance-text';
import {
  STAMP_FONT_FAMILY,
  badgeBox,
  lineBaseline,
  stampLayout,
  subtitleTop,
  stampStyle,
  watermarkGeometry,
  type StampMode,
} from './stamp-layout';

/** The part of a 2D context the stamp draws with, so that tests can pass a recorder. */
export type StampContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'translate'
  | 'rotate'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'textAlign'
  | 'textBaseline'
  | 'globalAlpha'
>;

export type StampCanvasOptions = {
  /** The whole stamped image in CSS pixels: header, chart and footer. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the canvas (2 for the PNG export). */
  pixelRatio: number;
  /** From stampLayout(provenance, width), which the caller used to size the canvas. */
  headerHeight: number;
  footerHeight: number;
  mode?: StampMode;
};

const font = (weight: number, size: number) => `${weight} ${size}px ${STAMP_FONT_FAMILY}`;

/**
 * Draws the provenance stamp onto a canvas that already holds the chart between header and
 * footer: the bands, title, sample badge, footer lines and, for sample data, the diagonal mark
 * over the chart. Same layout as the SVG snapshot. The caller must await document.fonts.ready
 * first, or the canvas draws the Chinese text in a fallback font.
 */
export function drawStamp(
  context: StampContext,
  provenance: Provenance,
  options: StampCanvasOptions,
): void {
  const { width, height, pixelRatio, headerHeight, footerHeight } = options;
  const layout = stampLayout(provenance, width, options.mode);
  const { padding } = stampStyle;
  const footerTop = height - footerHeight;

  context.save();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.globalAlpha = 1;
  context.fillStyle = stampStyle.background;
  context.fillRect(0, 0, width, headerHeight);
  context.fillRect(0, footerTop, width, footerHeight);

  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.font = font(600, stampStyle.titleFontSize);
  context.fillStyle = stampStyle.titleColor;
  layout.titleLines.forEach((line, index) => {
    context.fillText(line, padding, lineBaseline(padding, index, stampStyle.titleLineHeight));
  });

  context.font = font(400, stampStyle.subtitleFontSize);
  context.fillStyle = stampStyle.footerColor;
  layout.subtitleLines.forEach((line, index) => {
    const y = lineBaseline(subtitleTop(layout), index, stampStyle.subtitleLineHeight);
    context.fillText(line, padding, y);
  });

  if (layout.badge) {
    const box = badgeBox(layout, width);
    context.strokeStyle = stampStyle.sampleColor;
    context.lineWidth = 1;
    context.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
    context.font = font(600, stampStyle.badgeFontSize);
    context.fillStyle = stampStyle.sampleColor;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(layout.badge.text, box.x + box.width / 2, box.y + box.height / 2);
  }

  if (footerHeight > 0) {
    context.strokeStyle = stampStyle.ruleColor;
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(0, footerTop + 0.5);
    context.lineTo(width, footerTop + 0.5);
    context.stroke();
  }

  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.font = font(400, stampStyle.footerFontSize);
  context.fillStyle = stampStyle.footerColor;
  layout.footerLines.forEach((line, index) => {
    const y = lineBaseline(footerTop + padding, index, stampStyle.footerLineHeight);
    context.fillText(line, padding, y);
  });

  if (provenance.isSample) {
    const chart = { width, height: footerTop - headerHeight };
    const text = sampleMark(provenance.language);
    const { fontSize, angle, centerX, centerY } = watermarkGeometry(text, chart);
    context.translate(centerX, headerHeight + centerY);
    context.rotate((angle * Math.PI) / 180);
    context.globalAlpha = stampStyle.watermarkOpacity;
    context.font = font(700, fontSize);
    context.fillStyle = stampStyle.sampleColor;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(text, 0, 0);
  }
  context.restore();
}
