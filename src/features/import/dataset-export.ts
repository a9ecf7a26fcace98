import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { Dataset } from '@/schemas/api';

/*
 * The compiled dataset as one file, to publish next to the app (JSON, docs/api.md's dataset) or to
 * read and re-import (Excel: one figure per row, the long layout the import accepts, with 原报 and
 * 更正日期 beside revised figures).
 */

export function datasetJson(dataset: Dataset): Blob {
  return new Blob([JSON.stringify(dataset)], { type: 'application/json' });
}

const text = (value: string, bold = false): Cell => ({
  value,
  type: String,
  ...(bold && { fontWeight: 'bold' as const }),
});
const number = (value: number): Cell => ({ value, type: Number });

export function datasetRows(dataset: Dataset): Row[] {
  const units = new Map(dataset.units.map((unit) => [unit.id, unit.name]));
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.name]));
  const header = ['盟市', '月份', '指标', '数值', '备注', '原报', '更正日期'].map((label) =>
    text(label, true),
  );
  return [
    header,
    ...dataset.observations.map((observation): Row => [
      text(units.get(observation.unitId) ?? observation.unitId),
      text(observation.period),
      text(indicators.get(observation.indicatorId) ?? observation.indicatorId),
      observation.value === null ? text('—') : number(observation.value),
      observation.note ? text(observation.note) : null,
      observation.revised && observation.previousValue !== undefined
        ? observation.previousValue === null
          ? text('—')
          : number(observation.previousValue)
        : null,
      observation.revisedAt ? text(observation.revisedAt) : null,
    ]),
  ];
}

export function datasetXlsx(dataset: Dataset): Promise<Blob> {
  const { meta } = dataset;
  const notes: Row[] = [
    [text('标题', true), text(meta.title)],
    [text('来源', true), text(meta.source)],
    [text('数据日期', true), text(meta.asOf)],
    [text('月份范围', true), text(`${meta.firstMonth} 至 ${meta.lastMonth}`)],
    [text('版本', true), text(meta.version)],
    ...(meta.isSample ? [[text('示例数据', true), text('示例数据，非正式统计')]] : []),
  ];
  return writeXlsxFile(
    [
      {
        data: datasetRows(dataset),
        sheet: meta.isSample ? '示例数据' : '数据',
        columns: [
          { width: 14 },
          { width: 10 },
          { width: 36 },
          { width: 12 },
          { width: 30 },
          { width: 12 },
          { width: 12 },
        ],
        stickyRowsCount: 1,
      },
      { data: notes, sheet: '说明', columns: [{ width: 12 }, { width: 60 }] },
    ],
    { fontFamily: 'Microsoft YaHei' },
  ).toBlob();
}

export const datasetFileName = (dataset: Dataset, extension: 'json' | 'xlsx') =>
  `数据集_${dataset.meta.version.replace(/[^\w.-]+/g, '_')}.${extension}`;
