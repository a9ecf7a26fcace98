import { translate } from '@/lib/i18n/translate';
import type { DashboardReport } from './dashboard-report';
import { A4, MARGIN, colors, type PdfWriter } from './pdf-writer';
import { provenanceFields, sampleMark } from './provenance-text';

/**
 * The cover: what the report is, for which units and period, as of when and from where, and for
 * sample data a mark no reader can miss. The permalink leads back to the same view.
 */
export function pdfCover(writer: PdfWriter, report: DashboardReport): void {
  const { provenance } = report;
  const { language } = provenance;
  writer.y = A4.height - 150;
  writer.text(provenance.title, 24, { gap: 14 });
  if (provenance.isSample) {
    const mark = sampleMark(language);
    const size = 16;
    const width = writer.font.widthOfTextAtSize(mark, size) + 20;
    writer.page.drawRectangle({
      x: MARGIN,
      y: writer.y - 30,
      width,
      height: 30,
      borderColor: colors.sample,
      borderWidth: 1.5,
    });
    writer.page.drawText(mark, {
      x: MARGIN + 10,
      y: writer.y - 21,
      size,
      font: writer.font,
      color: colors.sample,
    });
    writer.y -= 44;
    writer.text(translate(language, 'export.doc.sampleNote'), 11, {
      color: colors.sample,
      gap: 12,
    });
  }
  writer.text(provenance.asOfText, 14, { gap: 10 });
  for (const field of provenanceFields(provenance)) {
    if (field.key === 'title' || field.key === 'sample' || field.key === 'asOf') continue;
    const separator = language === 'en' ? ': ' : '：';
    const small = field.key === 'permalink';
    writer.text(`${field.label}${separator}${field.value}`, small ? 8.5 : 11, {
      color: small ? colors.muted : colors.ink,
      gap: 4,
    });
  }
  const count = report.sections.reduce((total, section) => total + section.charts.length, 0);
  writer.y -= 18;
  writer.text(translate(language, 'export.doc.contents', { count }), 10.5, { color: colors.muted });
}
