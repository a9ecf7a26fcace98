import type { Provenance } from '@/lib/provenance';
import { sampleMark, stampFooterTexts } from './provenance-text';
import { estimateTextWidth, wrapText } from './text-measure';

/*
 * Where the provenance stamp goes around an exported chart, in CSS pixels: a header band with the
 * title above the chart, a footer band with filters, as-of date, source, version and export time
 * below it, and for sample data a 示例数据 badge in the header and a diagonal mark over the chart.
 * SVG and PNG exports share this layout, so both look the same in a briefing.
 */

// The page's own font first (bundled, so it renders in the browser), then the fonts that Windows,
// macOS and Linux desktops carry for Chinese, for an SVG opened outside the page.
export const STAMP_FONT_FAMILY =
  '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const stampStyle = {
  padding: 12,
  titleFontSize: 16,
  titleLineHeight: 22,
  subtitleFontSize: 12,
  subtitleLineHeight: 17,
  footerFontSize: 11,
  footerLineHeight: 16,
  badgeFontSize: 12,
  badgeHeight: 20,
  titleColor: '#1f2329',
  footerColor: '#4e5969',
  background: '#ffffff',
  ruleColor: '#dcdfe6',
  sampleColor: '#c00000',
  watermarkOpacity: 0.12,
} as const;

const MAX_TITLE_LINES = 2;
const MAX_SUBTITLE_LINES = 3;

export type StampLayout = {
  headerHeight: number;
  footerHeight: number;
  titleLines: string[];
  /** The card's subtitle under the title, full width. */
  subtitleLines: string[];
  footerLines: string[];
  /** The sample badge's text and width, or null for real data. */
  badge: { text: string; width: number } | null;
  /** A chart inside a report: no title row, no footer (see StampMode). */
  inReport: boolean;
};

/**
 * 'image': a file of its own, carrying its title and provenance. 'report': a chart inside the PDF
 * or Word report, whose caption gives the title and whose cover and page footers give the
 * provenance; it keeps its subtitle (scope and period) and the sample badge, and takes less of
 * the page, so that two charts share a page more often.
 */
export type StampMode = 'image' | 'report';

function truncateLines(lines: string[], maxLines: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] ?? '')];
  kept[maxLines - 1] = `${last.slice(0, Math.max(last.length - 1, 0)).join('')}…`;
  return kept;
}

export function stampLayout(
  provenance: Provenance,
  width: number,
  mode: StampMode = 'image',
): StampLayout {
  const { padding, titleFontSize, titleLineHeight, footerFontSize, footerLineHeight } = stampStyle;
  const badge = provenance.isSample
    ? {
        text: sampleMark(provenance.language),
        width: estimateTextWidth(sampleMark(provenance.language), stampStyle.badgeFontSize) + 12,
      }
    : null;
  const besideBadge = Math.max(width - 2 * padding - (badge ? badge.width + padding : 0), 40);
  const footerWidth = Math.max(width - 2 * padding, 40);
  const subtitleOf = (lineWidth: number) =>
    provenance.subtitle
      ? truncateLines(
          wrapText(provenance.subtitle, lineWidth, stampStyle.subtitleFontSize),
          MAX_SUBTITLE_LINES,
        )
      : [];
  if (mode === 'report') {
    const subtitleLines = subtitleOf(besideBadge);
    const content = Math.max(
      subtitleLines.length * stampStyle.subtitleLineHeight,
      badge ? stampStyle.badgeHeight : 0,
    );
    return {
      headerHeight: content > 0 ? Math.ceil(2 * padding + content) : padding,
      footerHeight: 0,
      titleLines: [],
      subtitleLines,
      footerLines: [],
      badge,
      inReport: true,
    };
  }
  const titleLines = truncateLines(
    wrapText(provenance.title, besideBadge, titleFontSize),
    MAX_TITLE_LINES,
  );
  const footerLines = stampFooterTexts(provenance).flatMap((text) =>
    wrapText(text, footerWidth, footerFontSize),
  );
  const subtitleLines = subtitleOf(footerWidth);
  const headerLines = Math.max(titleLines.length, 1);
  return {
    headerHeight: Math.ceil(
      2 * padding +
        headerLines * titleLineHeight +
        subtitleLines.length * stampStyle.subtitleLineHeight,
    ),
    footerHeight: Math.ceil(2 * padding + footerLines.length * footerLineHeight),
    titleLines,
    subtitleLines,
    footerLines,
    badge,
    inReport: false,
  };
}

/** The alphabetic baseline of line `index` in a block of lines starting at `top`. */
export const lineBaseline = (top: number, index: number, lineHeight: number) =>
  top + index * lineHeight + lineHeight * 0.75;

/** The top of the subtitle block: under the title lines. */
export const subtitleTop = (layout: StampLayout) =>
  layout.inReport
    ? stampStyle.padding
    : stampStyle.padding + Math.max(layout.titleLines.length, 1) * stampStyle.titleLineHeight;

/** Where the sample badge sits: top right, on the first title line. */
export function badgeBox(layout: StampLayout, width: number) {
  const { padding, titleLineHeight, badgeHeight } = stampStyle;
  const badgeWidth = layout.badge?.width ?? 0;
  const y = layout.inReport ? padding : padding + (titleLineHeight - badgeHeight) / 2;
  return { x: width - padding - badgeWidth, y, width: badgeWidth, height: badgeHeight };
}

/** The diagonal 示例数据 mark: centred on the chart, sized to cross most of it. */
export function watermarkGeometry(text: string, chart: { width: number; height: number }) {
  const diagonal = Math.hypot(chart.width, chart.height);
  const fontSize = Math.max(
    Math.min((0.6 * diagonal) / Math.max(estimateTextWidth(text, 1), 1), chart.height / 3),
    12,
  );
  const angle = -(Math.atan2(chart.height, chart.width) * 180) / Math.PI;
  return { fontSize, angle, centerX: chart.width / 2, centerY: chart.height / 2 };
}
