import type { Provenance } from '@/lib/provenance';

type Language = Provenance['language'];

// Export-only wording lives here rather than in the app's message catalogue: exports run outside
// React and must produce the same words whatever language the page happens to show.
const labels = {
  'zh-CN': {
    title: '标题',
    filters: '筛选',
    asOf: '数据日期',
    source: '来源',
    version: '版本',
    exportedAt: '导出时间',
    permalink: '链接',
    sample: '示例数据',
    sampleNote: '示例数据，非正式统计',
    separator: '：',
    joiner: ' · ',
  },
  en: {
    title: 'Title',
    filters: 'Filters',
    asOf: 'Data as of',
    source: 'Source',
    version: 'Version',
    exportedAt: 'Exported',
    permalink: 'Link',
    sample: 'SAMPLE DATA',
    sampleNote: 'Sample data, not official statistics',
    separator: ': ',
    joiner: ' · ',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ProvenanceFieldKey =
  'title' | 'sample' | 'filters' | 'asOf' | 'source' | 'version' | 'exportedAt' | 'permalink';

export type ProvenanceField = { key: ProvenanceFieldKey; label: string; value: string };

const pad = (value: number) => String(value).padStart(2, '0');

/** "2024-07-01 09:30" in the exporting computer's time zone, which is the reader's own clock. */
export function formatExportTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The big mark on images made from sample data: "示例数据" / "SAMPLE DATA". */
export const sampleMark = (language: Language) => labels[language].sample;

/** Every provenance fact as label and value, in reading order; the sample note only for sample data. */
export function provenanceFields(provenance: Provenance): ProvenanceField[] {
  const text = labels[provenance.language];
  const fields: ProvenanceField[] = [{ key: 'title', label: text.title, value: provenance.title }];
  if (provenance.isSample) {
    fields.push({ key: 'sample', label: text.sample, value: text.sampleNote });
  }
  fields.push(
    { key: 'filters', label: text.filters, value: provenance.filterSummary },
    { key: 'asOf', label: text.asOf, value: provenance.asOfText },
    { key: 'source', label: text.source, value: provenance.source },
    { key: 'version', label: text.version, value: provenance.version },
    {
      key: 'exportedAt',
      label: text.exportedAt,
      value: formatExportTime(provenance.exportedAt),
    },
    { key: 'permalink', label: text.permalink, value: provenance.permalink },
  );
  return fields;
}

/**
 * One line per fact, as a reader expects them above a table: the title and the as-of text stand
 * alone (the as-of text already says 截至…), the others read "来源：…".
 */
export function provenanceLines(
  provenance: Provenance,
  omit: readonly ProvenanceFieldKey[] = [],
): string[] {
  const text = labels[provenance.language];
  const fields = provenanceFields(provenance).filter(({ key }) => !omit.includes(key));
  return fields.map(({ key, label, value }) => {
    if (key === 'title' || key === 'asOf') return value;
    if (key === 'sample') return value;
    return `${label}${text.separator}${value}`;
  });
}

/**
 * The two footer lines of an image stamp: what was selected and when, then where it comes from.
 * The permalink is left out: it goes into the file's metadata, where it can be followed.
 */
export function stampFooterTexts(provenance: Provenance): string[] {
  const text = labels[provenance.language];
  const labelled = (label: string, value: string) => `${label}${text.separator}${value}`;
  const selection = [provenance.filterSummary, provenance.asOfText].filter(Boolean);
  const origin = [
    labelled(text.source, provenance.source),
    labelled(text.version, provenance.version),
    labelled(text.exportedAt, formatExportTime(provenance.exportedAt)),
  ];
  return [selection.join(text.joiner), origin.join(text.joiner)].filter(Boolean);
}
