import { PDFDocument } from 'pdf-lib';
import { translate } from '@/lib/i18n/translate';
import type { DashboardReport } from './dashboard-report';
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
 * paragraphs and charts. A chart is scaled to the text width and never cut: when it does not fit
 * on the rest of a page it starts the next one. All text is real text in an embedded subset of
 * Noto Sans SC, so that it can be searched, copied and read aloud.
 */

async function drawCharts(writer: PdfWriter, report: DashboardReport, signal?: AbortSignal) {
  const { language } = report.provenance;
  let figure = 0;
  for (const section of report.sections) {
    // A heading is never left alone at the foot of a page.
    if (writer.room() < 160) writer.newPage();
    writer.text(section.heading, 15, { gap: 6 });
    for (const paragraph of section.paragraphs) writer.text(paragraph, 10.5, { gap: 6 });
    for (const chart of section.charts) {
      signal?.throwIfAborted();
      figure += 1;
      const image =
        chart.image.type === 'jpeg'
          ? await writer.doc.embedJpg(chart.image.bytes)
          : await writer.doc.embedPng(chart.image.bytes);
      const captionHeight = 22;
      const fullPage = A4.height - 2 * MARGIN - FOOTER_SPACE - captionHeight;
      const scale = Math.min(CONTENT_WIDTH / chart.image.width, fullPage / chart.image.height);
      const width = chart.image.width * scale;
      const height = chart.image.height * scale;
      if (writer.room() < height + captionHeight) writer.newPage();
      writer.y -= height + 4;
      writer.page.drawImage(image, {
        x: MARGIN + (CONTENT_WIDTH - width) / 2,
        y: writer.y,
        width,
        height,
      });
      const caption = translate(language, 'export.doc.figureCaption', {
        number: figure,
        title: chart.title,
      });
      writer.text(caption, 9, { color: colors.muted, gap: 10 });
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
  await drawCharts(writer, report, signal);
  drawPageNumbers(writer, report);
  signal?.throwIfAborted();
  return doc.save();
}
