import type { FileNameContext } from '@/features/export/chart-export';
import type { ExportFailure } from '@/features/export/export-errors';
import { formatDate, formatNumber } from '@/lib/format';
import { pickLabel, translate } from '@/lib/i18n/translate';
import type { Provenance } from '@/lib/provenance';
import type { DashboardView } from './dashboard-view';

/** What every export of this view carries: the stamp's facts, taken when the export starts. */
export function exportProvenance(view: DashboardView, title: string): Provenance {
  const { meta, language } = view;
  return {
    title,
    filterSummary: view.filterSummary,
    asOfText: translate(language, 'app.asOf', { date: formatDate(meta.asOf, language) }),
    source: pickLabel(language, meta.source, meta.sourceEn),
    version: meta.version,
    isSample: meta.isSample,
    exportedAt: new Date().toISOString(),
    permalink: window.location.href,
    language,
  };
}

/**
 * The units and period for file names: the selected units by name, or the whole region; drilled
 * down, all the counties of a 盟市 are named by that 盟市 ("呼和浩特市"), some of them by count.
 */
export function fileNameContext(view: DashboardView): FileNameContext {
  const allUnits = view.showsAllUnits;
  const parent = view.parent && pickLabel(view.language, view.parent.name, view.parent.nameEn);
  return {
    units: allUnits ? (parent ? [parent] : []) : view.unitLabels.map((unit) => unit.label),
    allUnits: allUnits && !parent,
    level: view.level,
    from: view.from,
    to: view.to,
    language: view.language,
  };
}

/** A failure in the words of the page's language. */
export function failureMessage(view: DashboardView, failure: ExportFailure): string {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(view.language, key, values);
  switch (failure.kind) {
    case 'cancelled':
      return t('export.cancelled');
    case 'canvasTooLarge': {
      // 万像素 in Chinese, megapixels in English: each language's usual size of an image.
      const scale = view.language === 'en' ? 1_000_000 : 10_000;
      const size = (pixels: number) => formatNumber(pixels / scale, view.language, 1);
      return t('export.error.canvasTooLarge', {
        needed: size(failure.pixels),
        max: size(failure.maxPixels),
      });
    }
    case 'unknown':
      return t('export.error.unknown', { reason: failure.reason });
    default:
      return t(`export.error.${failure.kind}`);
  }
}
