import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/lib/provenance';
import {
  formatExportTime,
  provenanceLines,
  stampFooterTexts,
} from '@/features/export/provenance-text';

const provenance: Provenance = {
  title: 'Case resolution rate',
  filterSummary: 'Ordos; Jan 2024 – Jun 2024',
  asOfText: 'As of 30 Jun 2024',
  source: 'Regional political-legal committee',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?lang=en',
  language: 'en',
};

describe('provenance text', () => {
  it('formats the export time on the local clock, and leaves a bad timestamp as it is', () => {
    const local = new Date('2024-07-01T01:30:00.000Z');
    const pad = (value: number) => String(value).padStart(2, '0');
    expect(formatExportTime('2024-07-01T01:30:00.000Z')).toBe(
      `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())} ` +
        `${pad(local.getHours())}:${pad(local.getMinutes())}`,
    );
    expect(formatExportTime('not a date')).toBe('not a date');
  });

  it('writes English lines for an English export, the sample note right after the title', () => {
    const lines = provenanceLines(provenance);
    expect(lines.slice(0, 4)).toEqual([
      'Case resolution rate',
      'Sample data, not official statistics',
      'Filters: Ordos; Jan 2024 – Jun 2024',
      'As of 30 Jun 2024',
    ]);
    expect(lines.at(-1)).toBe('Link: https://dashboard.example/?lang=en');
    expect(provenanceLines(provenance, ['title', 'permalink', 'sample'])[0]).toBe(
      'Filters: Ordos; Jan 2024 – Jun 2024',
    );
  });

  it('keeps the permalink out of the visible stamp', () => {
    const footer = stampFooterTexts(provenance);
    expect(footer).toHaveLength(2);
    expect(footer[0]).toBe('Ordos; Jan 2024 – Jun 2024 · As of 30 Jun 2024');
    expect(footer[1]).toMatch(
      /^Source: Regional political-legal committee · Version: v3 · Exported: /,
    );
    expect(footer.join('')).not.toContain('https://');
  });
});
