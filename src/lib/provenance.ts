/**
 * What an exported chart must carry so that it stands on its own in a briefing:
 * title, filters, as-of date, source, version, export time, permalink, and the sample mark.
 */
export type Provenance = {
  title: string;
  /** The chart's subtitle as the card shows it (unit, direction, target), under the title. */
  subtitle?: string;
  /** Units, initiatives and period in words, e.g. "鄂尔多斯市；2024年1月至2024年6月". */
  filterSummary: string;
  /** Already formatted for the current language, e.g. "截至2024年6月30日". */
  asOfText: string;
  source: string;
  version: string;
  isSample: boolean;
  /** ISO timestamp of the export. */
  exportedAt: string;
  permalink: string;
  language: 'zh-CN' | 'en';
};
