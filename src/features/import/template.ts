// The universal build only makes Blobs; saving goes through the app's download.
import writeXlsxFile, {
  type Cell,
  type Feature,
  type Row,
  type Sheet,
} from 'write-excel-file/universal';
import type { Dataset } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Initiative, SectionId } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';
import { columnLetter } from './parse/problems';
import { reportsFigures } from './parse/catalogue';

/*
 * 填报模板: what each league/city fills in every month. One sheet per report section, units and
 * months as rows and the section's indicators as columns ("name（unit）"), an instructions sheet
 * with every indicator's 口径, a long-form sheet for those who prefer one figure per row, and
 * drop-down lists for unit and indicator names. The import reads exactly this layout back.
 */

export type TemplateOptions = {
  /** One unit's file, or null for every unit in one workbook (全部盟市). */
  unitId: string | null;
  from: string;
  to: string;
};

type Catalogue = Pick<Dataset, 'units' | 'indicators' | 'initiatives'>;

const sectionNames: Record<SectionId, string> = {
  research: '调查研究',
  'case-resolution': '积案化解',
  'city-pilots': '市域治理试点',
};

const LISTS_SHEET = '名录';
const LONG_SHEET = '长表填报';
const LONG_ROWS = 1000;
const FONT_FAMILY = 'Microsoft YaHei';

export const indicatorHeader = (indicator: Indicator) => `${indicator.name}（${indicator.unit}）`;

export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  while (months.length < 240) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    if (text > to) break;
    months.push(text);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const text = (value: string, bold = false): Cell => ({
  value,
  type: String,
  ...(bold && { fontWeight: 'bold' as const }),
});

const accumulationText: Record<Indicator['accumulation'], string> = {
  cumulative: '累计数（自起算月份至当月的总数）',
  'per-period': '当月数（仅当月发生的数）',
  level: '月末数（当月月末的状态或比率）',
};

function allowedText(indicator: Indicator): string {
  if (indicator.kind === 'rate' && indicator.unit === '%') return '0–100 之间的数，不带%亦可';
  if (indicator.kind === 'count')
    return indicator.unit === '万件' ? '不小于 0 的数，可带小数' : '不小于 0 的整数';
  return '可为负数（下降）';
}

const reportingUnits = (catalogue: Catalogue, options: TemplateOptions) =>
  catalogue.units.filter(
    (unit) => reportsFigures(unit) && (options.unitId === null || unit.id === options.unitId),
  );

const inScope = (indicator: Indicator, units: Unit[]) =>
  !indicator.scopeUnitIds || units.some((unit) => indicator.scopeUnitIds?.includes(unit.id));

type Validation = { sqref: string; xml: string };

/** Excel/WPS data validation, which write-excel-file does not write itself: a small feature adds it. */
function validationFeature(bySheet: Map<string, Validation[]>): Feature<Blob> {
  const before =
    /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|drawing|legacyDrawing|tableParts|extLst)\b/;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, sheetOptions) => {
            const validations = bySheet.get(sheetOptions.sheet ?? '');
            if (!validations || validations.length === 0) return xml;
            const markup = `<dataValidations count="${validations.length}">${validations.map((item) => item.xml).join('')}</dataValidations>`;
            const match = before.exec(xml);
            return match
              ? `${xml.slice(0, match.index)}${markup}${xml.slice(match.index)}`
              : xml.replace('</worksheet>', `${markup}</worksheet>`);
          },
        },
        'xl/workbook.xml': {
          // The lists the drop-downs draw from stay out of the way.
          transformElementAttributes: (tagName, attributes) =>
            tagName === 'sheet' && attributes.name === LISTS_SHEET
              ? { ...attributes, state: 'hidden' }
              : attributes,
        },
      },
    },
  };
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function listValidation(sqref: string, listRange: string, prompt: string): Validation {
  return {
    sqref,
    xml: `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="请从列表中选择" error="${escapeXml(prompt)}" sqref="${sqref}"><formula1>${escapeXml(listRange)}</formula1></dataValidation>`,
  };
}

function numberValidation(sqref: string, indicator: Indicator): Validation | null {
  const message = `${indicator.name}：${allowedText(indicator)}`;
  const attributes = `allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="数值超出范围" error="${escapeXml(message)}" sqref="${sqref}"`;
  if (indicator.kind === 'rate' && indicator.unit === '%')
    return {
      sqref,
      xml: `<dataValidation type="decimal" operator="between" ${attributes}><formula1>0</formula1><formula2>100</formula2></dataValidation>`,
    };
  if (indicator.kind === 'count')
    return {
      sqref,
      xml: `<dataValidation type="decimal" operator="greaterThanOrEqual" ${attributes}><formula1>0</formula1></dataValidation>`,
    };
  return null;
}

export function buildTemplateSheets(catalogue: Catalogue, options: TemplateOptions) {
  const units = reportingUnits(catalogue, options);
  const months = monthsOf(options.from, options.to);
  const initiativesById = new Map<string, Initiative>(
    catalogue.initiatives.map((item) => [item.id, item]),
  );
  const indicators = catalogue.indicators.filter((indicator) => inScope(indicator, units));
  const validations = new Map<string, Validation[]>();
  const unitListRange = `'${LISTS_SHEET}'!$A$2:$A$${units.length + 1}`;
  const indicatorListRange = `'${LISTS_SHEET}'!$B$2:$B$${indicators.length + 1}`;
  const sheets: Array<Sheet<Blob>> = [];

  const scopeText = (indicator: Indicator) =>
    indicator.scopeUnitIds
      ? `仅${catalogue.units
          .filter((unit) => indicator.scopeUnitIds?.includes(unit.id))
          .map((unit) => unit.name)
          .join('、')}填报`
      : '各盟市填报';
  const instructions: Row[] = [
    [text('进展监测数据填报模板', true)],
    [text(`填报单位：${options.unitId === null ? '全部盟市' : (units[0]?.name ?? '')}`)],
    [text(`填报月份：${options.from} 至 ${options.to}`)],
    [
      text(
        '填写方法：在各板块工作表中，每行是一个盟市的一个月，每列是一个指标；只填数字，不要改动表头和盟市、月份两列。',
      ),
    ],
    [
      text(
        '没有数据的格子留空；确认未报送的，可填“—”或“缺报”，并在“备注”列说明原因（备注适用于该行所有指标）。',
      ),
    ],
    [
      text(
        '也可在“长表填报”工作表中每行填一个数（盟市、月份、指标、数值、备注），盟市和指标可从下拉列表选择。',
      ),
    ],
    [
      text(
        '可以使用公式，导入时采用文件保存时的计算结果；请勿合并数值单元格。保存为 .xlsx 后在仪表盘“导入数据”中导入。',
      ),
    ],
    [],
    ['板块', '指标', '单位', '口径', '统计方式', '填报范围', '取值要求'].map((label) =>
      text(label, true),
    ),
    ...indicators.map((indicator) => [
      text(initiativesById.get(indicator.initiativeId)?.name ?? ''),
      text(indicator.name),
      text(indicator.unit),
      text(indicator.definition),
      text(accumulationText[indicator.accumulation]),
      text(scopeText(indicator)),
      text(allowedText(indicator)),
    ]),
  ];
  sheets.push({
    data: instructions,
    sheet: '填报说明',
    columns: [
      { width: 22 },
      { width: 30 },
      { width: 8 },
      { width: 60 },
      { width: 30 },
      { width: 24 },
      { width: 26 },
    ],
  });

  for (const section of Object.keys(sectionNames) as SectionId[]) {
    const sectionIndicators = indicators.filter(
      (indicator) => initiativesById.get(indicator.initiativeId)?.section === section,
    );
    if (sectionIndicators.length === 0) continue;
    const header: Row = [
      text('盟市', true),
      text('月份', true),
      ...sectionIndicators.map((indicator) => text(indicatorHeader(indicator), true)),
      text('备注', true),
    ];
    const body: Row[] = units.flatMap((unit) =>
      months.map((month) => [text(unit.name), text(month)]),
    );
    const name = sectionNames[section];
    const last = body.length + 1;
    validations.set(name, [
      listValidation(`A2:A${last}`, unitListRange, '请从下拉列表中选择盟市名称'),
      ...sectionIndicators.flatMap((indicator, index) => {
        const column = columnLetter(index + 2);
        const validation = numberValidation(`${column}2:${column}${last}`, indicator);
        return validation ? [validation] : [];
      }),
    ]);
    sheets.push({
      data: [header, ...body],
      sheet: name,
      columns: [
        { width: 14 },
        { width: 10 },
        ...sectionIndicators.map(() => ({ width: 18 })),
        { width: 30 },
      ],
      stickyRowsCount: 1,
      stickyColumnsCount: 2,
    });
  }

  sheets.push({
    data: [['盟市', '月份', '指标', '数值', '备注'].map((label) => text(label, true))],
    sheet: LONG_SHEET,
    columns: [{ width: 14 }, { width: 10 }, { width: 36 }, { width: 12 }, { width: 30 }],
    stickyRowsCount: 1,
  });
  validations.set(LONG_SHEET, [
    listValidation(`A2:A${LONG_ROWS + 1}`, unitListRange, '请从下拉列表中选择盟市名称'),
    listValidation(`C2:C${LONG_ROWS + 1}`, indicatorListRange, '请从下拉列表中选择指标名称'),
  ]);

  const listRows = Math.max(units.length, indicators.length);
  sheets.push({
    data: [
      [text('盟市'), text('指标')],
      ...Array.from({ length: listRows }, (_, index): Row => [
        units[index] ? text(units[index].name) : null,
        indicators[index] ? text(indicators[index].name) : null,
      ]),
    ],
    sheet: LISTS_SHEET,
  });
  return { sheets, feature: validationFeature(validations) };
}

export function templateXlsx(catalogue: Catalogue, options: TemplateOptions): Promise<Blob> {
  const { sheets, feature } = buildTemplateSheets(catalogue, options);
  return writeXlsxFile(sheets, { fontFamily: FONT_FAMILY, features: [feature] }).toBlob();
}

const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The CSV template: the same columns in long form, one row per unit, month and indicator. UTF-8 with a BOM, which Excel and WPS open as Chinese. */
export function templateCsv(catalogue: Catalogue, options: TemplateOptions): Blob {
  const units = reportingUnits(catalogue, options);
  const months = monthsOf(options.from, options.to);
  const lines = ['盟市,月份,指标,数值,备注'];
  for (const unit of units)
    for (const month of months)
      for (const indicator of catalogue.indicators)
        if (!indicator.scopeUnitIds || indicator.scopeUnitIds.includes(unit.id))
          lines.push([unit.name, month, indicator.name, '', ''].map(csvField).join(','));
  return new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}

export function templateFileName(
  catalogue: Catalogue,
  options: TemplateOptions,
  extension: 'xlsx' | 'csv',
) {
  const unit =
    options.unitId === null
      ? '全部盟市'
      : (catalogue.units.find((item) => item.id === options.unitId)?.name ?? options.unitId);
  return `填报模板_${unit}_${options.from}至${options.to}.${extension}`;
}
