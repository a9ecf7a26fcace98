import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '@/lib/data-table';
import type { Provenance } from '@/lib/provenance';
import { tableToXlsx } from '@/features/export/xlsx';

const table: DataTable = {
  caption: '各盟市化解率',
  columns: [
    { key: 'unit', label: '盟市' },
    { key: 'rate', label: '化解率', unit: '%' },
    { key: 'change', label: '新收案件同比', unit: '%' },
  ],
  rows: [
    { unit: '鄂尔多斯市', rate: 58.3, change: -11.2 },
    { unit: '=HYPERLINK("http://evil.example")', rate: null, change: 4 },
    { unit: '<script>alert(1)</script>', rate: 31, change: null },
  ],
};

const provenance: Provenance = {
  title: '信访积案化解率',
  filterSummary: '全区；2024年1月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?a=1&b=2',
  language: 'zh-CN',
};

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of every string cell, read as Excel does: parsed XML, not the raw markup. */
const textOf = (files: Record<string, string>) => Object.values(files).join('\n');

function stringsOf(files: Record<string, string>): string[] {
  const xml = new DOMParser().parseFromString(
    files['xl/sharedStrings.xml'] ?? '',
    'application/xml',
  );
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return [...xml.getElementsByTagName('t')].map((node) => node.textContent ?? '');
}

describe('tableToXlsx', () => {
  it('makes an xlsx Blob with the table, numbers as numbers and text as text', async () => {
    const blob = await tableToXlsx(table, provenance);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = await unzip(blob);
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    const strings = stringsOf(files);

    expect(strings.slice(0, 3)).toEqual(['盟市', '化解率(%)', '新收案件同比(%)']);
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>58\.3<\/v>/);
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>-11\.2<\/v>/);
    // A gap stays an empty cell, never a zero.
    expect(sheet).not.toMatch(/<c r="B3"/);
    // Hostile names are stored as shared-string text, never as a formula or as markup.
    expect(sheet).not.toContain('<f>');
    expect(strings).toContain('=HYPERLINK("http://evil.example")');
    expect(strings).toContain('<script>alert(1)</script>');
    expect(textOf(files)).not.toContain('<script>');
  });

  it('names the data sheet 示例数据 for sample data and adds the 说明 sheet', async () => {
    const files = await unzip(await tableToXlsx(table, provenance));
    const workbook = files['xl/workbook.xml'] ?? '';
    expect(workbook).toContain('name="示例数据"');
    expect(workbook).toContain('name="说明"');
    expect(files['xl/worksheets/sheet2.xml']).toBeDefined();
    const strings = stringsOf(files);
    expect(strings).toContain('示例数据，非正式统计');
    expect(strings).toContain('截至2024年6月30日');
    expect(strings).toContain('自治区党委政法委');
    expect(strings).toContain('https://dashboard.example/?a=1&b=2');
  });

  it('uses 数据 for real data and English names for an English export', async () => {
    const real = await unzip(await tableToXlsx(table, { ...provenance, isSample: false }));
    expect(real['xl/workbook.xml']).toContain('name="数据"');
    expect(stringsOf(real)).not.toContain('示例数据，非正式统计');

    const english = await unzip(await tableToXlsx(table, { ...provenance, language: 'en' }));
    expect(english['xl/workbook.xml']).toContain('name="Sample data"');
    expect(english['xl/workbook.xml']).toContain('name="Notes"');
  });

  it('stays readable XML when a name holds characters XML forbids', async () => {
    const broken: DataTable = {
      caption: 'x',
      columns: [{ key: 'unit', label: '盟市' }],
      rows: [{ unit: 'bad\u0001name\uD800' }],
    };
    const strings = stringsOf(await unzip(await tableToXlsx(broken, provenance)));
    expect(strings.some((text) => text.startsWith('bad') && text.includes('name'))).toBe(true);
  });
});
