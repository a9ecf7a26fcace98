import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataTable, DataTableCell } from '@/lib/data-table';
import type { Provenance } from '@/lib/provenance';
import {
  columnHeader,
  neutraliseFormula,
  provenanceRowCount,
  tableToCsv,
  tableToCsvBlob,
} from '@/features/export/csv';

type Field = { text: string; quoted: boolean };

/** A strict RFC 4180 reader: it throws on anything a conforming writer would never produce. */
function readCsv(csv: string): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let index = 0;
  const endField = (field: Field) => record.push(field);
  while (index < csv.length) {
    let field: Field;
    if (csv[index] === '"') {
      let text = '';
      index += 1;
      for (;;) {
        if (index >= csv.length) throw new Error('unterminated quoted field');
        const char = csv[index];
        if (char === '"' && csv[index + 1] === '"') {
          text += '"';
          index += 2;
        } else if (char === '"') {
          index += 1;
          break;
        } else {
          text += char;
          index += 1;
        }
      }
      field = { text, quoted: true };
    } else {
      let text = '';
      while (index < csv.length && csv[index] !== ',' && csv[index] !== '\r') {
        if (csv[index] === '"' || csv[index] === '\n') throw new Error(`bare ${csv[index]}`);
        text += csv[index];
        index += 1;
      }
      field = { text, quoted: false };
    }
    endField(field);
    if (csv[index] === ',') {
      index += 1;
    } else if (csv.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(csv[index])} at ${index}`);
    }
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

const withoutBom = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1);
};

const table = (rows: Array<Record<string, DataTableCell>>): DataTable => ({
  caption: '各盟市化解率',
  columns: [
    { key: 'unit', label: '盟市' },
    { key: 'rate', label: '化解率', unit: '%' },
    { key: 'resolved', label: '已化解', unit: '件' },
  ],
  rows,
});

const provenance: Provenance = {
  title: '信访积案化解率',
  filterSummary: '鄂尔多斯市；2024年1月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?unit=ordos',
  language: 'zh-CN',
};

describe('tableToCsv', () => {
  it('writes a BOM, CRLF line ends, units in the header and bare numbers', () => {
    const csv = tableToCsv(table([{ unit: '鄂尔多斯市', rate: 58.3, resolved: 120 }]));
    expect(csv).toBe('\uFEFF"盟市","化解率(%)","已化解(件)"\r\n"鄂尔多斯市",58.3,120\r\n');
  });

  it('encodes the BOM as EF BB BF in the file', async () => {
    const blob = tableToCsvBlob(table([]));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('does not repeat a unit that the label already names', () => {
    expect(columnHeader({ key: 'r', label: '化解率(%)', unit: '%' })).toBe('化解率(%)');
    expect(columnHeader({ key: 'r', label: '化解率（%）', unit: '%' })).toBe('化解率（%）');
    expect(columnHeader({ key: 'r', label: '盟市' })).toBe('盟市');
  });

  it('writes gaps as empty unquoted fields, never as zero', () => {
    const csv = tableToCsv(table([{ unit: '乌海市', rate: null, resolved: Number.NaN }]));
    expect(readCsv(withoutBom(csv))[1]).toEqual([
      { text: '乌海市', quoted: true },
      { text: '', quoted: false },
      { text: '', quoted: false },
    ]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-12.5', "'-12.5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://evil.example","点击")', '\'=HYPERLINK("http://evil.example","点击")'],
  ])('neutralises the text %j', (hostile, expected) => {
    expect(neutraliseFormula(hostile)).toBe(expected);
    const csv = tableToCsv(table([{ unit: hostile, rate: 1, resolved: 1 }]));
    const [, row] = readCsv(withoutBom(csv));
    expect(row?.[0]).toEqual({ text: expected, quoted: true });
  });

  it('leaves text alone when the trigger is not the first character', () => {
    expect(neutraliseFormula('呼和浩特市=包头市')).toBe('呼和浩特市=包头市');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('keeps real negative numbers as numbers', () => {
    const csv = tableToCsv(table([{ unit: '鄂尔多斯市', rate: -11.2, resolved: -3 }]));
    expect(csv).toContain('"鄂尔多斯市",-11.2,-3\r\n');
  });

  it('quotes quotes, commas and line breaks inside values', () => {
    const name = '包头市 "包你满意",\r\n第二行\n第三行\r';
    const csv = tableToCsv(table([{ unit: name, rate: 1, resolved: 2 }]));
    expect(csv).toContain('"包头市 ""包你满意"",\r\n第二行\n第三行\r",1,2\r\n');
    expect(readCsv(withoutBom(csv))[1]?.[0]?.text).toBe(name);
  });

  it('neutralises header labels too', () => {
    const hostile: DataTable = { caption: 'x', columns: [{ key: 'a', label: '=cmd' }], rows: [] };
    expect(tableToCsv(hostile)).toBe('\uFEFF"\'=cmd"\r\n');
  });

  it('puts provenance in column 1 above a blank row, every row as wide as the table', () => {
    const csv = tableToCsv(table([{ unit: '鄂尔多斯市', rate: 58.3, resolved: 120 }]), provenance);
    const records = readCsv(withoutBom(csv));
    const skipped = provenanceRowCount(provenance);
    const lines = records.slice(0, skipped - 1).map((fields) => fields[0]?.text);
    expect(lines[0]).toBe('信访积案化解率');
    expect(lines).toContain('示例数据，非正式统计');
    expect(lines).toContain('筛选：鄂尔多斯市；2024年1月至2024年6月');
    expect(lines).toContain('截至2024年6月30日');
    expect(lines).toContain('来源：自治区党委政法委');
    expect(lines).toContain('版本：v3');
    expect(lines).toContain('链接：https://dashboard.example/?unit=ordos');
    expect(lines.some((line) => /^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(line ?? ''))).toBe(
      true,
    );
    expect(records[skipped - 1]?.every((field) => field.text === '')).toBe(true);
    expect(records[skipped]?.map((field) => field.text)).toEqual([
      '盟市',
      '化解率(%)',
      '已化解(件)',
    ]);
    for (const fields of records) expect(fields).toHaveLength(3);
  });

  it('omits the sample line for real data and neutralises a hostile title', () => {
    const csv = tableToCsv(table([]), { ...provenance, isSample: false, title: '-报告' });
    const lines = readCsv(withoutBom(csv)).map((fields) => fields[0]?.text);
    expect(lines[0]).toBe("'-报告");
    expect(lines).not.toContain('示例数据，非正式统计');
  });

  it('round-trips any table: text as neutralised text, numbers as the same numbers', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',')
        .chain((start) => fc.string().map((rest) => start + rest)),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constant(null),
    );
    const rows = fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (tuples) => {
        const input = table(tuples.map(([unit, rate, resolved]) => ({ unit, rate, resolved })));
        const records = readCsv(withoutBom(tableToCsv(input)));
        expect(records).toHaveLength(tuples.length + 1);
        tuples.forEach((tuple, rowIndex) => {
          tuple.forEach((value, columnIndex) => {
            const field = records[rowIndex + 1]?.[columnIndex];
            if (typeof value === 'number') {
              expect(field?.quoted).toBe(false);
              expect(Number(field?.text) === value).toBe(true);
            } else if (typeof value === 'string') {
              expect(field).toEqual({ text: neutraliseFormula(value), quoted: true });
            } else {
              expect(field).toEqual({ text: '', quoted: false });
            }
          });
        });
      }),
    );
  });
});
