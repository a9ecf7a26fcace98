import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { translate } from '@/lib/i18n/translate';
import type { DashboardReport, ReportChart } from './dashboard-report';
import { provenanceFields } from './provenance-text';

/*
 * The dashboard as a Word briefing (简报): title, as-of date, source and filters, then per report
 * section its paragraph of current numbers and its charts as images. Word and WPS pick a font per
 * script: the East Asian slot is set explicitly, or they show the Chinese in a Latin font's
 * fallback, which is the "garbled Chinese" of many exports.
 */

const fonts = {
  body: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '仿宋', cs: 'Arial' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' },
} as const;

// A4 with Word's default 2.54 cm margins leaves 6.27 inches: 600 pixels at Word's 96 per inch.
const IMAGE_MAX_WIDTH = 600;
const SAMPLE_COLOR = 'C00000';

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, ...options });

function chartParagraphs(chart: ReportChart, number: number, language: 'zh-CN' | 'en') {
  const scale = Math.min(1, IMAGE_MAX_WIDTH / chart.image.width);
  const caption = translate(language, 'export.doc.figureCaption', { number, title: chart.title });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: chart.image.type === 'jpeg' ? 'jpg' : 'png',
          data: chart.image.bytes,
          transformation: {
            width: Math.round(chart.image.width * scale),
            height: Math.round(chart.image.height * scale),
          },
          altText: { name: chart.title, title: chart.title, description: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(caption, { size: 18, color: '4E5969' })],
    }),
  ];
}

function coverParagraphs(report: DashboardReport): Paragraph[] {
  const { provenance } = report;
  const { language } = provenance;
  const separator = language === 'en' ? ': ' : '：';
  const paragraphs = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(provenance.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(provenance.asOfText, { size: 28 })],
    }),
  ];
  if (provenance.isSample) {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run(translate(language, 'export.doc.sampleNote'), { bold: true, color: SAMPLE_COLOR }),
        ],
      }),
    );
  }
  for (const field of provenanceFields(provenance)) {
    if (field.key === 'title' || field.key === 'sample' || field.key === 'asOf') continue;
    paragraphs.push(
      new Paragraph({
        children: [
          run(`${field.label}${separator}`, { bold: true }),
          run(field.value, field.key === 'permalink' ? { size: 16 } : {}),
        ],
      }),
    );
  }
  return paragraphs;
}

export function buildDocxBriefing(report: DashboardReport): Promise<Blob> {
  const { provenance } = report;
  const { language } = provenance;
  let figure = 0;
  const body = report.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(section.heading)] }),
    ...section.paragraphs.map(
      (text) =>
        new Paragraph({
          spacing: { after: 160, line: 360 },
          indent: { firstLine: 480 },
          children: [run(text)],
        }),
    ),
    ...section.charts.flatMap((chart) => chartParagraphs(chart, (figure += 1), language)),
  ]);
  const document = new Document({
    title: provenance.title,
    subject: provenance.filterSummary,
    creator: provenance.source,
    description: [provenance.asOfText, provenance.version, provenance.permalink].join('\n'),
    styles: {
      default: {
        document: {
          run: { font: fonts.body, size: 24, language: { value: language, eastAsia: 'zh-CN' } },
        },
        title: { run: { font: fonts.heading, size: 40, bold: true } },
        heading1: {
          run: { font: fonts.heading, size: 32, bold: false, color: '1F2329' },
          paragraph: { spacing: { before: 360, after: 200 }, keepNext: true },
        },
      },
    },
    sections: [{ children: [...coverParagraphs(report), ...body] }],
  });
  return Packer.toBlob(document);
}
