import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/lib/provenance';
import {
  addPngTextChunks,
  crc32,
  provenancePngEntries,
  readPngChunks,
  readPngTextChunks,
} from '@/features/export/png-metadata';

// A valid 1×1 RGBA PNG: IHDR, IDAT, IEND.
const onePixelPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Checks every chunk's CRC with Node's own zlib, not with the code under test. */
function expectValidCrcs(png: Uint8Array) {
  for (const chunk of readPngChunks(png)) {
    const typeAndData = Buffer.concat([Buffer.from(chunk.type, 'latin1'), chunk.data]);
    expect(chunk.crc, `CRC of ${chunk.type}`).toBe(nodeCrc32(typeAndData));
  }
}

const provenance: Provenance = {
  title: '信访积案化解率',
  filterSummary: '鄂尔多斯市；2024年1月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?units=ordos&from=2024-01',
  language: 'zh-CN',
};

describe('crc32', () => {
  it('matches the standard check value and Node’s zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index * 37) % 256);
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });
});

describe('addPngTextChunks', () => {
  it('keeps the source PNG valid and reads its chunks', () => {
    expectValidCrcs(onePixelPng);
    expect(readPngChunks(onePixelPng).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('inserts tEXt for Latin-1 and iTXt for Chinese before IEND, with correct CRCs', () => {
    const png = addPngTextChunks(onePixelPng, {
      Title: '信访积案化解率',
      Permalink: 'https://dashboard.example/?a=1&b=2',
      Comment: 'café 1€',
    });
    expectValidCrcs(png);
    const chunks = readPngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual([
      'IHDR',
      'IDAT',
      'iTXt',
      'tEXt',
      'iTXt',
      'IEND',
    ]);
    expect(latin1(chunks[3]?.data ?? new Uint8Array())).toBe(
      'Permalink\0https://dashboard.example/?a=1&b=2',
    );
    // The image data is untouched and the file still ends with IEND's fixed CRC.
    expect(chunks[1]?.data).toEqual(readPngChunks(onePixelPng)[1]?.data);
    expect([...png.slice(-4)]).toEqual([0xae, 0x42, 0x60, 0x82]);
    expect(png.length).toBe(
      onePixelPng.length +
        chunks.slice(2, 5).reduce((sum, chunk) => sum + chunk.data.length + 12, 0),
    );
  });

  it('round-trips Chinese, Latin-1 and line breaks', () => {
    const entries = {
      Title: '信访积案化解率（各盟市）',
      Description: '筛选：鄂尔多斯市\n截至2024年6月30日',
      Software: 'Progress dashboard',
      Comment: 'naïve “quotes” ✓',
    };
    expect(readPngTextChunks(addPngTextChunks(onePixelPng, entries))).toEqual(entries);
  });

  it('writes the iTXt layout: keyword, flags, empty language and translation, UTF-8 text', () => {
    const png = addPngTextChunks(onePixelPng, { Title: '示例' });
    const itxt = readPngChunks(png).find((chunk) => chunk.type === 'iTXt');
    const expected = [...Buffer.from('Title\0\0\0\0\0', 'latin1'), ...Buffer.from('示例', 'utf8')];
    expect([...(itxt?.data ?? [])]).toEqual(expected);
  });

  it('drops NUL from values and rejects invalid keywords', () => {
    const png = addPngTextChunks(onePixelPng, { Comment: 'a\0b' });
    expect(readPngTextChunks(png)).toEqual({ Comment: 'ab' });
    for (const keyword of ['', ' Title', 'Title ', 'A  B', '标题', 'x'.repeat(80), 'a\nb']) {
      expect(() => addPngTextChunks(onePixelPng, { [keyword]: 'v' })).toThrow(RangeError);
    }
  });

  it('refuses what is not a PNG', () => {
    expect(() => addPngTextChunks(new Uint8Array([1, 2, 3]), { Title: 'x' })).toThrow(TypeError);
    expect(() => addPngTextChunks(onePixelPng.slice(0, 40), { Title: 'x' })).toThrow(TypeError);
  });
});

describe('provenancePngEntries', () => {
  it('carries title, permalink, source, time and the sample disclaimer', () => {
    const text = readPngTextChunks(addPngTextChunks(onePixelPng, provenancePngEntries(provenance)));
    expect(text.Title).toBe('信访积案化解率');
    expect(text.Permalink).toBe(provenance.permalink);
    expect(text.Source).toBe('自治区党委政法委');
    expect(text['Creation Time']).toBe('2024-07-01T01:30:00.000Z');
    expect(text.Disclaimer).toBe('示例数据，非正式统计');
    expect(text.Description).toContain('截至2024年6月30日');
    expect(provenancePngEntries({ ...provenance, isSample: false }).Disclaimer).toBeUndefined();
  });
});
