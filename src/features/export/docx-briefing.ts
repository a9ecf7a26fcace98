import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatDate } from '@/lib/format';
import { translate } from '@/lib/i18n/translate';
import type { BriefingSettings } from './briefing-settings';
import type { DashboardReport, ReportChart } from './dashboard-report';
import { provenanceFields } from './provenance-text';

/*
 * The dashboard as a 简报 in the format offices use (after GB/T 9704): a red masthead with 第X期,
 * the issuing office and date over a red rule; the title and a lead paragraph (总体进展); sections
 * numbered 一、二、三、 with their prose and the charts the user chose; 下一步工作; then 报送/抄送
 * under a rule, and page numbers "— 1 —" in the footer.
 *
 * Fonts are named as offices set them (方正小标宋简体 for the masthead and title, 黑体 for headings,
 * 仿宋_GB2312 for the text). Many machines lack the first and the last, so the font table names
 * an alternative for each (宋体, 仿宋), which Word and WPS use in their place instead of guessing.
 * The East Asian slot is always set: without it Word shows Chinese in a Latin font's fallback.
 */

export type BriefingInput = {
  settings: BriefingSettings;
  /** The paragraphs of 下一步工作, already worded; the section is left out when there are none. */
  nextSteps: string[];
  /** The section whose paragraphs open the briefing unnumbered (总体进展). */
  leadSectionId?: string;
};

const RED = 'E00000';
const SAMPLE_COLOR = 'C00000';
const LATIN = 'Times New Roman';
export const briefingFonts = {
  title: { name: '方正小标宋简体', alternative: '宋体' },
  heading: { name: '黑体', alternative: 'SimHei' },
  body: { name: '仿宋_GB2312', alternative: '仿宋' },
} as const;
const font = (role: keyof typeof briefingFonts) => ({
  ascii: LATIN,
  hAnsi: LATIN,
  cs: LATIN,
  eastAsia: briefingFonts[role].name,
});

// Sizes in half-points, the official names in comments: 三号 16 pt, 二号 22 pt, 小初 36 pt.
const size = { body: 32, title: 44, masthead: 72, small: 24, caption: 24 };
// GB/T 9704: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; lines 28.95 pt exactly.
const CM = 567;
const MM = CM / 10;
const margins = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
const CONTENT_TWIPS = Math.round(21 * CM - margins.left - margins.right);
const LINE = { line: 579, lineRule: LineRuleType.EXACT };
// The text width in Word's 96 pixels per inch: the widest an image may be.
const IMAGE_MAX_WIDTH = Math.floor((CONTENT_TWIPS / 1440) * 96);

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, ...options });

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (sections never reach a hundred). */
export function chineseNumber(value: number): string {
  if (value < 10) return chineseDigits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${ones === 0 ? '' : chineseDigits[ones]}`;
}

/** "一、" in Chinese, "1. " in English. */
export const sectionNumber = (index: number, language: 'zh-CN' | 'en') =>
  language === 'en' ? `${index}. ` : `${chineseNumber(index)}、`;

function chartParagraphs(chart: ReportChart, number: number, language: 'zh-CN' | 'en') {
  const scale = Math.min(1, IMAGE_MAX_WIDTH / chart.image.width);
  const caption = translate(language, 'export.doc.figureCaption', { number, title: chart.title });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
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
      spacing: { after: 200 },
      children: [run(caption, { size: size.caption, font: font('body') })],
    }),
  ];
}

const bodyParagraph = (text: string) =>
  new Paragraph({
    spacing: LINE,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text)],
  });

const headingParagraph = (text: string) =>
  new Paragraph({
    spacing: LINE,
    indent: { firstLine: 640 },
    keepNext: true,
    keepLines: true,
    children: [run(text, { font: font('heading') })],
  });

function mastheadParagraphs(report: DashboardReport, input: BriefingInput): Paragraph[] {
  const { language } = report.provenance;
  const { settings } = input;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [run(settings.masthead, { font: font('title'), size: size.masthead, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(translate(language, 'brief.issue', { issue: settings.issue }))],
    }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_TWIPS }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: 480 },
      children: [
        run(settings.issuer),
        // The date at the right margin, on the issuer's line: a right tab stop, not spaces.
        new TextRun({ children: [new Tab(), formatDate(settings.date, language)] }),
      ],
    }),
  ];
}

function titleParagraphs(report: DashboardReport): Paragraph[] {
  const { provenance } = report;
  const paragraphs = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [run(provenance.title, { font: font('title'), size: size.title })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(translate(provenance.language, 'brief.asOf', { asOf: provenance.asOfText }))],
    }),
  ];
  if (provenance.isSample)
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [
          run(translate(provenance.language, 'export.doc.sampleNote'), {
            bold: true,
            color: SAMPLE_COLOR,
            size: size.small,
          }),
        ],
      }),
    );
  return paragraphs;
}

/** The facts behind the figures (filters, source, version, link), small, before 报送/抄送. */
function provenanceParagraph(report: DashboardReport): Paragraph {
  const { provenance } = report;
  const separator = provenance.language === 'en' ? ': ' : '：';
  const joiner = provenance.language === 'en' ? '; ' : '；';
  const facts = provenanceFields(provenance)
    .filter((field) => !['title', 'sample', 'asOf'].includes(field.key))
    .map((field) => `${field.label}${separator}${field.value}`);
  return new Paragraph({
    spacing: { before: 480, after: 120 },
    children: [run(facts.join(joiner), { size: 20, color: '4E5969' })],
  });
}

function distributionParagraphs(report: DashboardReport, input: BriefingInput): Paragraph[] {
  const { language } = report.provenance;
  const lines = [
    ['brief.sendTo', input.settings.sendTo],
    ['brief.copyTo', input.settings.copyTo],
  ] as const;
  const present = lines.filter(([, value]) => value !== '');
  return present.map(
    ([key, value], index) =>
      new Paragraph({
        spacing: LINE,
        border: {
          ...(index === 0 && {
            top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
          }),
          bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
        },
        indent: { left: 280, right: 280 },
        children: [run(translate(language, key, { names: value }), { size: 28 })],
      }),
  );
}

function pageNumberFooter() {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: 28,
            font: { ascii: LATIN, hAnsi: LATIN, eastAsia: '宋体' },
          }),
        ],
      }),
    ],
  });
}

function sampleHeader(report: DashboardReport) {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          run(translate(report.provenance.language, 'app.sampleBadge'), {
            size: 18,
            bold: true,
            color: SAMPLE_COLOR,
          }),
        ],
      }),
    ],
  });
}

/** Names an alternative for each office font in word/fontTable.xml, for machines without it. */
export function withFontAlternatives(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const path = 'word/fontTable.xml';
  const table = files[path];
  if (!table) return docx;
  const entries = Object.values(briefingFonts)
    .map(
      ({ name, alternative }) =>
        `<w:font w:name="${name}"><w:altName w:val="${alternative}"/><w:charset w:val="86"/>` +
        `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  const xml = strFromU8(table);
  const filled = xml.endsWith('/>')
    ? `${xml.slice(0, -2)}>${entries}</w:fonts>`
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
  files[path] = strToU8(filled);
  return zipSync(files);
}

export async function buildDocxBriefing(
  report: DashboardReport,
  input: BriefingInput,
): Promise<Blob> {
  const { provenance } = report;
  const { language } = provenance;
  const leadId = input.leadSectionId ?? 'overview-heading';
  const lead = report.sections.find((section) => section.id === leadId);
  const numbered = report.sections.filter((section) => section !== lead);
  let figure = 0;
  let number = 0;
  const body = [
    ...(lead?.paragraphs ?? []).map(bodyParagraph),
    ...numbered.flatMap((section) => [
      headingParagraph(sectionNumber((number += 1), language) + section.heading),
      ...section.paragraphs.map(bodyParagraph),
      ...section.charts.flatMap((chart) => chartParagraphs(chart, (figure += 1), language)),
    ]),
    ...(input.nextSteps.length > 0
      ? [
          headingParagraph(
            sectionNumber((number += 1), language) + translate(language, 'brief.nextSteps'),
          ),
          ...input.nextSteps.map(bodyParagraph),
        ]
      : []),
  ];
  const document = new Document({
    title: provenance.title,
    subject: provenance.filterSummary,
    creator: input.settings.issuer,
    description: [provenance.asOfText, provenance.version, provenance.permalink].join('\n'),
    styles: {
      default: {
        document: {
          run: {
            font: font('body'),
            size: size.body,
            language: { value: language, eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 21 * CM, height: Math.round(29.7 * CM) },
            margin: margins,
          },
        },
        footers: { default: pageNumberFooter() },
        ...(provenance.isSample && { headers: { default: sampleHeader(report) } }),
        children: [
          ...mastheadParagraphs(report, input),
          ...titleParagraphs(report),
          ...body,
          provenanceParagraph(report),
          ...distributionParagraphs(report, input),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
  return new Blob([withFontAlternatives(bytes) as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
