import type { QueryClient } from '@tanstack/react-query';
import { observationsQueryOptions } from '@/features/reports/api/get-observations';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import type { DataTable } from '@/lib/data-table';
import { formatNumber, formatPeriod, formatValue, nameInText } from '@/lib/format';
import { pickLabel, translate } from '@/lib/i18n/translate';
import { listNames } from '@/lib/name-list';
import { RECENT_MONTHS, gapOf, paceRows, type PaceRow } from '@/lib/pace';
import { addMonths } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator, Target } from '@/schemas/indicator';
import type { DashboardView } from './dashboard-view';

/*
 * 进度预警: every unit × indicator with an open target, judged by 时间进度, in officials' words.
 * The same rows feed the page's view, its CSV/Excel, and the briefing's 下一步工作.
 */

type Values = Record<string, string | number>;

/** The indicators with a target among the sections shown. */
export const paceIndicators = (view: DashboardView): Indicator[] =>
  view.indicators.filter(
    (indicator) => indicator.targets.length > 0 && view.showsInitiative(indicator.initiativeId),
  );

/** Monthly points from the month before the earliest target period, to the end of the range. */
export function paceParams(view: DashboardView, indicators: Indicator[]): ObservationParams {
  const starts = indicators.flatMap((indicator) =>
    indicator.targets.map((target) => target.from ?? indicator.since ?? view.meta.firstMonth),
  );
  const earliest = addMonths([...starts].sort()[0] ?? view.meta.firstMonth, -1);
  return {
    indicators: indicators.map((indicator) => indicator.id),
    ...(view.filters.units.length > 0 && { units: view.filters.units }),
    from: earliest < view.meta.firstMonth ? view.meta.firstMonth : earliest,
    to: view.to,
    granularity: 'month',
  };
}

/** The two requests the rows are read from: the units' points, and the units combined. */
export function paceQueries(view: DashboardView, indicators: Indicator[]) {
  const params = paceParams(view, indicators);
  return { perUnit: params, combined: { ...params, aggregate: true } };
}

/** The rows for the view's units and the units combined ("all"). */
export const paceRowsOf = (view: DashboardView, indicators: Indicator[], points: SeriesPoint[]) =>
  paceRows(indicators, points, view.to, view.meta.firstMonth);

/** Outside React: the rows from React Query's cache, or fetched. */
export async function loadPaceRows(client: QueryClient, view: DashboardView): Promise<PaceRow[]> {
  const indicators = paceIndicators(view);
  if (indicators.length === 0) return [];
  const queries = paceQueries(view, indicators);
  const [perUnit, combined] = await Promise.all([
    client.ensureQueryData(observationsQueryOptions(queries.perUnit)),
    client.ensureQueryData(observationsQueryOptions(queries.combined)),
  ]);
  return paceRowsOf(view, indicators, [...perUnit.points, ...combined.points]);
}

const words = (view: DashboardView) => {
  const t = (key: Parameters<typeof translate>[1], values?: Values) =>
    translate(view.language, key, { ...view.levelWords, ...values });
  const share = (value: number) => `${formatNumber(value * 100, view.language, 1)}%`;
  const indicatorName = (id: string) => {
    const indicator = view.indicator(id);
    return indicator ? pickLabel(view.language, indicator.name, indicator.nameEn) : id;
  };
  const unitName = (id: string) =>
    id === 'all'
      ? view.showsAllUnits
        ? view.parent
          ? nameInText(pickLabel(view.language, view.parent.name, view.parent.nameEn))
          : t('pace.allUnits')
        : t('pace.selectedUnits')
      : nameInText(view.unitLabels.find((unit) => unit.id === id)?.label ?? id);
  const targetValue = (row: PaceRow) => {
    const indicator = view.indicator(row.indicatorId);
    return indicator ? formatValue(row.target.value, indicator.unit, view.language) : '';
  };
  const dueText = (target: Target) =>
    t('pace.dueBy', { month: formatPeriod(target.due, view.language) });
  const kindText = (target: Target) => t(`pace.kind.${target.kind ?? 'final'}`);
  return { t, share, indicatorName, unitName, targetValue, dueText, kindText };
};

/** Behind pace, furthest behind first. */
export const behindRows = (rows: PaceRow[]) =>
  rows
    .filter((row) => row.unitId !== 'all' && row.pace.status === 'behind')
    .sort((a, b) => gapOf(a) - gapOf(b));

/**
 * Per indicator: "积案化解率：按时间进度应完成50.0%，实际完成46.3%。按当前进度，3个盟市预计无法在
 * 2024年12月底前达到85.0%（A、B、C）。" The first clause states the units combined (or the one unit).
 */
export function paceSentences(rows: PaceRow[], view: DashboardView): string[] {
  const { t, share, indicatorName, unitName, targetValue, dueText } = words(view);
  const list = (names: string[]) => listNames(names, view.language);
  const sentences: string[] = [];
  const indicatorIds = [...new Set(rows.map((row) => row.indicatorId))];
  for (const indicatorId of indicatorIds) {
    const ofIndicator = rows.filter((row) => row.indicatorId === indicatorId);
    const units = ofIndicator.filter((row) => row.unitId !== 'all');
    const combined = ofIndicator.find((row) => row.unitId === 'all');
    const lead = units.length === 1 ? units[0] : (combined ?? units[0]);
    if (!lead) continue;
    const stated = {
      indicator: indicatorName(indicatorId),
      scope: unitName(lead.unitId),
      month: formatPeriod(lead.month, view.language),
      target: targetValue(lead),
    };
    // Units that do not combine into one figure are counted, not led by whichever comes first.
    const clauses = [
      units.length > 1 && !combined
        ? t('pace.unitsBehind', {
            indicator: stated.indicator,
            behind: formatNumber(
              units.filter((row) => row.pace.status === 'behind').length,
              view.language,
            ),
            total: formatNumber(units.length, view.language),
          })
        : lead.pace.status === 'met'
          ? t('pace.met', stated)
          : t('pace.progress', {
              ...stated,
              expected: share(lead.pace.elapsed),
              actual: share(lead.pace.progress),
            }),
    ];
    // Units judged against the same target, so that one sentence can name them together.
    const sameTarget = units.filter(
      (row) => row.target.due === lead.target.due && row.target.value === lead.target.value,
    );
    const atRisk = sameTarget.filter((row) => row.pace.projectedMeets === false);
    const values = { due: dueText(lead.target), target: targetValue(lead) };
    if (atRisk.length === 1)
      clauses.push(t('pace.atRiskOne', { ...values, unit: unitName(atRisk[0]?.unitId ?? '') }));
    else if (atRisk.length > 0)
      clauses.push(
        t('pace.atRisk', {
          ...values,
          count: formatNumber(atRisk.length, view.language),
          units: list(atRisk.map((row) => unitName(row.unitId))),
        }),
      );
    else if (
      sameTarget.some((row) => row.pace.status !== 'met') &&
      sameTarget.every((row) => row.pace.projectedMeets === true)
    )
      clauses.push(
        t('pace.noneAtRisk', {
          ...values,
          scope: sameTarget.length === 1 ? unitName(lead.unitId) : t('pace.everyUnit'),
        }),
      );
    sentences.push(clauses.join(''));
  }
  return sentences;
}

/** How the figures are computed, for the 口径 note. */
export const paceMethod = (view: DashboardView) =>
  translate(view.language, 'pace.method', { ...view.levelWords, months: RECENT_MONTHS });

/** The rows as a table: what the view lists and what CSV and Excel write. */
export function paceTable(rows: PaceRow[], view: DashboardView): DataTable {
  const { t, indicatorName, unitName, dueText, kindText } = words(view);
  const round = (value: number) => Math.round(value * 1000) / 10;
  return {
    caption: t('section.pace'),
    columns: [
      { key: 'unit', label: t('pace.unit') },
      { key: 'indicator', label: t('pace.indicator') },
      { key: 'target', label: t('pace.target') },
      { key: 'month', label: t('pace.month') },
      { key: 'expected', label: t('pace.expected'), unit: '%' },
      { key: 'actual', label: t('pace.actual'), unit: '%' },
      { key: 'gap', label: t('pace.gap'), unit: '个百分点' },
      { key: 'projected', label: t('pace.projected') },
    ],
    rows: rows.map((row) => {
      const indicator = view.indicator(row.indicatorId);
      const unit = indicator?.unit ?? '%';
      return {
        unit: unitName(row.unitId),
        indicator: indicatorName(row.indicatorId),
        target: t('pace.targetCell', {
          value: formatValue(row.target.value, unit, view.language),
          kind: kindText(row.target),
          due: dueText(row.target),
        }),
        month: row.month,
        expected: round(row.pace.elapsed),
        actual: round(row.pace.progress),
        gap: round(gapOf(row)),
        projected:
          row.pace.projected === null ? null : formatValue(row.pace.projected, unit, view.language),
      };
    }),
  };
}

const sectionOfInitiative: Record<string, string> = {
  'case-resolution': 'case-resolution-heading',
  'dispute-diversion': 'dispute-heading',
  'smart-governance': 'e-service-heading',
  research: 'research-heading',
};
// The card that draws each indicator, where there is one; else the link goes to its section.
const cardOfIndicator: Record<string, string> = {
  'backlog-resolution-rate': 'case-ranking',
  'first-petition-rate': 'trend-first-petition',
  'fully-online-rate': 'trend-fully-online',
  'time-limit-compression': 'trend-e-service',
  'disputes-diverted': 'trend-disputes-diverted',
};

/** Where an indicator's chart is on the page: its section's heading id and its card, if any. */
export function chartOf(indicator: Indicator): { headingId: string; card: string } {
  return {
    headingId: sectionOfInitiative[indicator.initiativeId] ?? 'pilots-heading',
    card: cardOfIndicator[indicator.id] ?? `ranking-${indicator.id}`,
  };
}
