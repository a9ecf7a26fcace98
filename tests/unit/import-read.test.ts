import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '@mocks/node';
import { generateLargeDataset } from '@mocks/data/generate-large';
import { datasetXlsx } from '@/features/import/dataset-export';
import { decodeText } from '@/features/import/parse/decode-text';
import { readImportFile, type FileReading } from '@/features/import/parse/read-file';
import { readMonth, readNumber } from '@/features/import/parse/values';
import { encodeGb18030 } from '../fixtures/import/gb18030-encode.mjs';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/import', name)));
const read = (name: string, bytes: Uint8Array) => readImportFile({ name, bytes }, sampleDataset);
const figureOf = (reading: FileReading, unitId: string, indicatorId: string, period: string) =>
  reading.figures
    .toArray()
    .find(
      (figure) =>
        figure.unitId === unitId && figure.indicatorId === indicatorId && figure.period === period,
    );
const errors = (reading: FileReading) =>
  reading.problems.filter((problem) => problem.severity === 'error');

describe('text encodings', () => {
  it('detects GB18030 without being told, and reads the long layout', () => {
    const reading = read('gb18030-long.csv', fixture('gb18030-long.csv'));
    expect(reading.encoding).toBe('gb18030');
    expect(errors(reading)).toEqual([]);
    expect(figureOf(reading, 'baotou', 'backlog-assigned', '2024-07')?.value).toBe(1234);
    // full-width digits
    expect(figureOf(reading, 'baotou', 'backlog-resolved', '2024-07')?.value).toBe(612);
    expect(figureOf(reading, 'baotou', 'backlog-resolution-rate', '2024-07')?.value).toBe(49.6);
    expect(figureOf(reading, 'ordos', 'backlog-assigned', '2024-07')?.value).toBe(980);
    // a gap is null with its reason, never 0
    expect(figureOf(reading, 'ordos', 'backlog-resolved', '2024-07')).toMatchObject({
      value: null,
      note: '未按时报送',
    });
    expect(figureOf(reading, 'alxa', 'backlog-assigned', '2024-07')?.value).toBe(210);
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    const text = '盟市,月份,指标,数值\n包头市,2024-07,交办积案,5\n';
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, bom]) {
      const reading = read('a.csv', bytes);
      expect(reading.encoding).toBe('utf-8');
      expect(figureOf(reading, 'baotou', 'backlog-assigned', '2024-07')?.value).toBe(5);
    }
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer),
    ]);
    expect(decodeText(utf16).text).toBe(text);
    expect(decodeText(encodeGb18030(text)).text).toBe(text);
  });
});

describe('the XLSX an office saves', () => {
  const reading = read('formulas-merged.xlsx', fixture('formulas-merged.xlsx'));

  it('takes formula cells at their saved value and says so', () => {
    expect(figureOf(reading, 'baotou', 'backlog-resolution-rate', '2024-07')?.value).toBe(50);
    expect(figureOf(reading, 'wuhai', 'backlog-resolved', '2024-07')?.value).toBe(150);
    const warning = reading.problems.find((problem) => /公式/.test(problem.message));
    expect(warning).toMatchObject({ severity: 'warning', sheet: '积案化解', row: 2, column: 'E' });
    expect(warning?.message).toMatch(/有4个数值单元格是公式/);
  });

  it('fills a merged unit column down, reads date-formatted months, text numbers and blank rows', () => {
    expect(errors(reading)).toEqual([]);
    // A3 is part of the merged A2:A3 (包头市); B3 is an Excel date serial shown as 2024年8月.
    expect(figureOf(reading, 'baotou', 'backlog-assigned', '2024-08')?.value).toBe(1200);
    expect(figureOf(reading, 'baotou', 'backlog-resolved', '2024-08')?.value).toBe(650);
    expect(figureOf(reading, 'wuhai', 'backlog-assigned', '2024-08')?.value).toBe(300);
    expect(figureOf(reading, 'wuhai', 'backlog-resolution-rate', '2024-08')?.value).toBe(53.3);
    expect(figureOf(reading, 'wuhai', 'backlog-assigned', '2024-07')?.note).toBe('含上月补报');
    expect(reading.figures).toHaveLength(12);
  });

  it('refuses a zip bomb before inflating it', () => {
    const bomb = read('zip-bomb.xlsx', fixture('zip-bomb.xlsx'));
    expect(bomb.figures.toArray()).toEqual([]);
    expect(bomb.problems).toHaveLength(1);
    expect(bomb.problems[0]?.message).toMatch(/压缩炸弹/);
  });

  it('refuses an oversized file by its size, unread', () => {
    const huge = readImportFile(
      { name: 'huge.csv', bytes: new Uint8Array(0), size: 500 * 1024 * 1024 },
      sampleDataset,
    );
    expect(huge.problems[0]?.message).toMatch(/500\.0 MB，超过 120 MB 的上限/);
  });

  it('says so when a file is not a workbook at all', () => {
    const broken = read('broken.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(broken.problems[0]?.message).toMatch(/无法作为 Excel 工作簿/);
    const unknown = read('report.docx', strToU8('hello'));
    expect(unknown.problems[0]?.message).toMatch(/不支持的文件类型/);
    const empty = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>') });
    expect(read('empty.xlsx', empty).problems[0]?.message).toMatch(/没有找到工作表/);
  });
});

describe('every mistake named with its place', () => {
  const reading = read('mistakes.csv', fixture('mistakes.csv'));
  const byRow = (row: number) => errors(reading).filter((problem) => problem.row === row);

  it('lists each mistake with file, row, column, value and reason, in Chinese', () => {
    expect(byRow(2)[0]).toMatchObject({ file: 'mistakes.csv', column: '盟市', value: '包头' });
    expect(byRow(2)[0]?.message).toBe('未知的盟市“包头”，是否为“包头市”？');
    expect(byRow(3)[0]).toMatchObject({ column: '月份', value: '2024-13' });
    expect(byRow(4)[0]?.message).toMatch(/比率，应在 0 到 100 之间/);
    expect(byRow(5)[0]?.message).toMatch(/不能为负数/);
    expect(byRow(6)[0]?.message).toBe('未知的指标“交办积按”，是否为“交办积案”？');
    expect(byRow(7)[0]?.message).toMatch(/应为整数/);
    expect(byRow(8)[0]?.message).toMatch(/不是数字/);
    expect(byRow(10)[0]?.message).toMatch(/重复填报.*第9行/);
    expect(errors(reading)).toHaveLength(8);
  });

  it('refuses a % sign on a count, a region row and a unit outside an indicator’s scope', () => {
    // One city's pilot indicator, reported by another unit.
    const scoped = { ...sampleDataset.indicators[0]!, scopeUnitIds: ['ordos'] };
    const catalogue = {
      units: sampleDataset.units,
      indicators: [scoped, ...sampleDataset.indicators.slice(1)],
    };
    const csv = [
      '盟市,月份,指标,数值',
      '包头市,2024-07,交办积案,5%',
      '自治区,2024-07,交办积案,5',
      `赤峰市,2024-07,${scoped.name},5`,
    ].join('\n');
    const result = readImportFile(
      { name: 'x.csv', bytes: new TextEncoder().encode(csv) },
      catalogue,
    );
    expect(errors(result).map((problem) => problem.row)).toEqual([2, 3, 4]);
    expect(errors(result)[0]?.message).toMatch(/不应带“%”/);
    expect(errors(result)[1]?.message).toMatch(/自治区的数字由各盟市合计得出/);
    expect(errors(result)[2]?.message).toMatch(/只适用于鄂尔多斯市，赤峰市不填报此指标/);
  });

  it('names a missing header and an unknown indicator column', () => {
    const noHeader = read('n.csv', new TextEncoder().encode('a,b\n1,2\n'));
    expect(noHeader.problems[0]?.message).toMatch(/没有找到表头/);
    const wide = read(
      'w.csv',
      new TextEncoder().encode('盟市,月份,交办积按（件）\n包头市,2024-07,5\n'),
    );
    expect(wide.problems[0]).toMatchObject({ severity: 'error', row: 1, column: 'C' });
    expect(wide.problems[0]?.message).toMatch(/是否为“交办积案”/);
  });
});

describe('values as offices type them', () => {
  it.each([
    ['1,234', 1234],
    ['１２３４．５', 1234.5],
    ['  42 ', 42],
    ['12.5%', 12.5],
    ['1，234', 1234],
    ['-3', -3],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber({ value: text })).toMatchObject({ kind: 'number', value });
  });
  it.each(['1,23', '12a', '#DIV/0!', 'TRUE'])('refuses %j', (text) => {
    expect(readNumber({ value: text }).kind).toBe('invalid');
  });
  it('reads gaps and blanks apart', () => {
    expect(readNumber({ value: '—' }).kind).toBe('gap');
    expect(readNumber({ value: '缺报' }).kind).toBe('gap');
    expect(readNumber({ value: '  ' }).kind).toBe('blank');
  });
  it.each([
    ['2024-06', '2024-06'],
    ['2024-6', '2024-06'],
    ['2024/06', '2024-06'],
    ['2024年6月', '2024-06'],
    ['２０２４年６月', '2024-06'],
    ['202406', '2024-06'],
    ['2024-06-30', '2024-06'],
    [45444, '2024-06'],
    [202406, '2024-06'],
  ] as const)('reads the month %j', (value, month) => {
    expect(readMonth({ value })).toBe(month);
  });
  it.each(['2024-13', '六月', '', 'abc'])('refuses the month %j', (value) => {
    expect(readMonth({ value })).toBeNull();
  });
});

describe('progress through a large workbook', () => {
  it('moves within one sheet and through its rows, never back, up to the end', async () => {
    const generated = generateLargeDataset({ units: 12, indicators: 34, months: 200 });
    const bytes = new Uint8Array(await (await datasetXlsx(generated)).arrayBuffer());
    const fractions: number[] = [];
    const reading = readImportFile({ name: 'big.xlsx', bytes }, generated, (fraction) =>
      fractions.push(fraction),
    );
    expect(reading.figures.length).toBeGreaterThan(40_000);
    // The cells of the one data sheet are reported while it is read (first half), and its rows
    // while they are checked (second half): not one step per sheet.
    expect(fractions.filter((fraction) => fraction > 0 && fraction < 0.5).length).toBeGreaterThan(
      2,
    );
    expect(fractions.filter((fraction) => fraction > 0.5 && fraction <= 1).length).toBeGreaterThan(
      0,
    );
    expect(fractions.every((fraction, index) => fraction >= (fractions[index - 1] ?? 0))).toBe(
      true,
    );
    expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('a dataset JSON beyond what one import can number', () => {
  it('is refused with a message that says why, not reported as duplicates', () => {
    const indicatorId = sampleDataset.indicators[0]?.id ?? '';
    const observations = Array.from({ length: 4100 }, (_, index) => ({
      indicatorId,
      unitId: 'baotou',
      period: `${1000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
      value: index,
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ ...sampleDataset, observations }));
    const reading = read('many-months.json', bytes);
    expect(reading.figures).toHaveLength(0);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]?.message).toMatch(/超过4096个不同的月份/);
  });
});
