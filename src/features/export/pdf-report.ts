import { PDFDocument } from 'pdf-lib';
import { translate } from '@/lib/i18n/translate';
import type { DashboardReport, ReportChart } from './dashboard-report';
import { pdfCover } from './pdf-cover';
import { pdfFontkit } from './pdf-font';
import {
  A4,
  CONTENT_WIDTH,
  FOOTER_SPACE,
  MARGIN,
  colors,
  createWriter,
  type PdfWriter,
} from './pdf-writer';

/*
 * The dashboard as an A4 PDF: a cover page with what the report shows, then each section's
 * paragraphs and charts, laid out as a person would lay them out by hand:
 * - a heading stays with its text and its first chart (keep with next); a paragraph that fits on
 *   a page is never split over a break;
 * - a chart is sized to take at most half a page, so that two share a page where they fit, but
 *   never so small that its text falls under 7 pt; one that does not fit the rest of a page may
 *   shrink a little (down to that limit) rather than leave the page half empty;
 * - lines follow the Chinese line-breaking rules (see line-break.ts).
 * All text is real text in an embedded subset of Noto Sans SC, so that it can be searched,
 * copied and read aloud.
 */

/** The smallest text a printed chart may carry, in points. */
export const MIN_PRINT_TEXT_PT = 7;
const CAPTION_SIZE = 9;
const CAPTION_GAP = 10;
const HEADING_SIZE = 15;
const TEXT_SIZE = 10.5;
// A chart fitting the rest of a page may shrink to this share of its planned size, not further.
const SHRINK_TO_FIT = 0.8;

type ChartPlan = { scale: number; height: number };

const fullPageHeight = (writer: PdfWriter) => writer.top - MARGIN - FOOTER_SPACE;

/** The planned scale (points per image pixel): print width, at most half a page, text ≥ 7 pt. */
export function plannedScale(
  chart: Pick<ReportChart, 'image' | 'smallestTextPx'>,
  pageHeight: number,
  captionHeight: number,
): number {
  const { width, height } = chart.image;
  const readable = MIN_PRINT_TEXT_PT / (chart.smallestTextPx ?? 11);
  const printWidth = CONTENT_WIDTH / width;
  const halfPage = (pageHeight / 2 - captionHeight - CAPTION_GAP) / height;
  const fullPage = (pageHeight - captionHeight) / height;
  return Math.min(printWidth, Math.max(halfPage, readable), fullPage);
}

function planChart(writer: PdfWriter, chart: ReportChart, caption: string): ChartPlan {
  const captionHeight = writer.measure(caption, CAPTION_SIZE, CAPTION_GAP);
  const planned = plannedScale(chart, fullPageHeight(writer), captionHeight);
  const fits = (scale: number) => chart.image.height * scale + captionHeight + 4 <= writer.room();
  if (fits(planned)) return { scale: planned, height: chart.image.height * planned };
  const readable = MIN_PRINT_TEXT_PT / (chart.smallestTextPx ?? 11);
  const squeezed = (writer.room() - captionHeight - 4) / chart.image.height;
  if (squeezed >= Math.max(readable, planned * SHRINK_TO_FIT) && squeezed <= planned)
    return { scale: squeezed, height: chart.image.height * squeezed };
  return { scale: planned, height: chart.image.height * planned };
}

const captionOf = (
  language: DashboardReport['provenance']['language'],
  number: number,
  title: string,
) => translate(language, 'export.doc.figureCaption', { number, title });

async function drawChart(writer: PdfWriter, chart: ReportChart, caption: string) {
  const plan = planChart(writer, chart, caption);
  const captionHeight = writer.measure(caption, CAPTION_SIZE, CAPTION_GAP);
  if (plan.height + captionHeight + 4 > writer.room()) writer.newPage();
  const image =
    chart.image.type === 'jpeg'
      ? await writer.doc.embedJpg(chart.image.bytes)
      : await writer.doc.embedPng(chart.image.bytes);
  const width = chart.image.width * plan.scale;
  writer.y -= plan.height + 4;
  writer.page.drawImage(image, {
    x: MARGIN + (CONTENT_WIDTH - width) / 2,
    y: writer.y,
    width,
    height: plan.height,
  });
  writer.text(caption, CAPTION_SIZE, {
    color: colors.muted,
    gap: CAPTION_GAP,
    keepTogether: false,
  });
}

async function drawSections(writer: PdfWriter, report: DashboardReport, signal?: AbortSignal) {
  const { language } = report.provenance;
  let figure = 0;
  for (const section of report.sections) {
    // Keep with next: the heading, its paragraphs and its first chart start on one page when
    // they fit on one; else at least the heading and its first paragraph do.
    const headingHeight = writer.measure(section.heading, HEADING_SIZE, 6);
    const texts = section.paragraphs.map((text) => writer.measure(text, TEXT_SIZE, 6));
    const first = section.charts[0];
    const firstCaption = first ? captionOf(language, figure + 1, first.title) : '';
    const firstChart = first
      ? first.image.height *
          plannedScale(
            first,
            fullPageHeight(writer),
            writer.measure(firstCaption, CAPTION_SIZE, CAPTION_GAP),
          ) +
        writer.measure(firstCaption, CAPTION_SIZE, CAPTION_GAP) +
        4
      : 0;
    const whole = headingHeight + texts.reduce((sum, height) => sum + height, 0) + firstChart;
    const opening = headingHeight + (texts[0] ?? firstChart);
    const atTop = writer.y >= writer.top;
    if (!atTop && (whole <= fullPageHeight(writer) ? whole : opening) > writer.room())
      writer.newPage();
    writer.text(section.heading, HEADING_SIZE, { gap: 6 });
    for (const paragraph of section.paragraphs) writer.text(paragraph, TEXT_SIZE, { gap: 6 });
    for (const chart of section.charts) {
      signal?.throwIfAborted();
      figure += 1;
      await drawChart(writer, chart, captionOf(language, figure, chart.title));
    }
  }
}

function drawPageNumbers(writer: PdfWriter, report: DashboardReport) {
  const { language, isSample } = report.provenance;
  const pages = writer.doc.getPages();
  pages.forEach((page, index) => {
    const label = translate(language, 'export.doc.page', { page: index + 1, total: pages.length });
    const size = 8.5;
    const width = writer.font.widthOfTextAtSize(label, size);
    page.drawText(label, {
      x: A4.width - MARGIN - width,
      y: MARGIN - 20,
      size,
      font: writer.font,
      color: colors.muted,
    });
    if (isSample) {
      const note = translate(language, 'export.doc.sampleNote');
      page.drawText(note, {
        x: MARGIN,
        y: MARGIN - 20,
        size,
        font: writer.font,
        color: colors.sample,
      });
    }
  });
}

export async function buildPdfReport(
  report: DashboardReport,
  fontBytes: Uint8Array,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const { provenance } = report;
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit(fontBytes));
  const font = await doc.embedFont(fontBytes, { subset: true });
  doc.setTitle(provenance.title, { showInWindowTitleBar: true });
  doc.setSubject(provenance.filterSummary);
  doc.setAuthor(provenance.source);
  doc.setKeywords([provenance.asOfText, provenance.version, provenance.permalink]);
  doc.setLanguage(provenance.language);
  doc.setCreationDate(new Date(provenance.exportedAt));
  const writer = createWriter(doc, font);
  pdfCover(writer, report);
  writer.newPage();
  await drawSections(writer, report, signal);
  drawPageNumbers(writer, report);
  signal?.throwIfAborted();
  return doc.save();
}
