import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useMemo,
  type ReactNode,
} from 'react';
import { resolveRange, type Filters } from '@/features/filters/filter-state';
import { useFilters } from '@/features/filters/filter-store';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import { formatPeriod, formatPeriodRange } from '@/lib/format';
import { useLanguage, type Language } from '@/lib/i18n/language-store';
import {
  levelWords,
  pickLabel,
  translate,
  type LevelWords,
  type Translate,
  type ShownLevel,
} from '@/lib/i18n/translate';
import { wholeRegionWording } from '@/lib/figure-policy/wording';
import { addMonths, periodsOf } from '@/lib/periods';
import type { DatasetMeta } from '@/schemas/dataset';
import type { Indicator } from '@/schemas/indicator';
import type { Initiative } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';
import type { Catalog } from './use-catalog';

/** Everything a section needs to ask for its data and label it, derived once from filters and catalogue. */
export type DashboardView = {
  meta: DatasetMeta;
  filters: Filters;
  language: Language;
  from: string;
  to: string;
  periods: string[];
  /** The units shown: the selection, or all league/city units (all counties when drilled down). */
  units: Unit[];
  /** How many league/city units the dataset has: the N of "全区N个盟市" (of counties, drilled down). */
  totalUnits: number;
  /** The 盟市 drilled down into, whose counties are the units; null at the league/city level. */
  parent: Unit | null;
  /** The level of the units shown, and its words for every message about them ({level} …). */
  level: ShownLevel;
  levelWords: LevelWords;
  /** Every unit of the level shown (none chosen, or all the counties drilled into): "全区", "各盟市". */
  showsAllUnits: boolean;
  /** The units a response was asked for (null: all): figures kept from earlier filters are read with their own units. */
  unitsOf: (requested: string[] | null) => Unit[];
  unitLabels: Array<{ id: string; label: string }>;
  indicator: (id: string) => Indicator | undefined;
  /** Every indicator of the catalogue, in its order. */
  indicators: Indicator[];
  initiatives: Initiative[];
  showsInitiative: (initiativeId: string) => boolean;
  /** With comparison "period": the period compared with, at the view's granularity; else null. */
  comparePeriod: string | null;
  /** Query parameters every observation request shares. */
  baseParams: ObservationParams;
  describePeriod: (period: string) => string;
  filterSummary: string;
};

const DashboardViewContext = createContext<DashboardView | null>(null);

/** The counties of each 盟市 that has some: where a drill-down can go. */
export function countiesByParent(units: readonly Unit[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const unit of units) {
    if (unit.level !== 'county' || unit.parentId === null) continue;
    const counties = result.get(unit.parentId) ?? new Set<string>();
    counties.add(unit.id);
    result.set(unit.parentId, counties);
  }
  return result;
}

/** The view of a catalogue under some filters, in a language: pure, so that tests can build one. */
export function dashboardViewOf(
  catalog: Catalog,
  linkedFilters: Filters,
  language: Language,
): DashboardView {
  const { meta, units, indicators, initiatives } = catalog;
  const parent =
    units.find(
      (unit) =>
        unit.id === linkedFilters.parent &&
        unit.level === 'league-city' &&
        units.some((child) => child.parentId === unit.id),
    ) ?? null;
  // Drilled down, the counties of one 盟市 take the place of the 盟市: the same charts, one level down.
  const leagueCities = parent
    ? units.filter((unit) => unit.parentId === parent.id)
    : units.filter((unit) => unit.level === 'league-city');
  // A link may name units or initiatives the catalogue does not have; the filter check drops them
  // from the store with a notice, but no request may carry them meanwhile.
  const chosen = linkedFilters.units.filter((id) => leagueCities.some((unit) => unit.id === id));
  const filters: Filters = {
    ...linkedFilters,
    parent: parent?.id ?? null,
    // Counties are always asked for by name: without a unit list the API answers for the 盟市.
    units: parent && chosen.length === 0 ? leagueCities.map((unit) => unit.id) : chosen,
    initiatives: linkedFilters.initiatives.filter((id) =>
      initiatives.some((initiative) => initiative.id === id),
    ),
  };
  const { from, to } = resolveRange(filters, meta);
  const selected =
    filters.units.length > 0
      ? leagueCities.filter((unit) => filters.units.includes(unit.id))
      : leagueCities;
  const indicatorsById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const unitNames = selected.map((unit) => pickLabel(language, unit.name, unit.nameEn));
  const initiativeNames = initiatives
    .filter((initiative) => filters.initiatives.includes(initiative.id))
    .map((initiative) => pickLabel(language, initiative.name, initiative.nameEn));
  const periods = periodsOf(from, to, filters.granularity);
  // Drilled down, the counties are always asked for by name: all of them is still "every unit".
  const showsAllUnits =
    filters.units.length === 0 || (parent !== null && selected.length === leagueCities.length);
  const level: ShownLevel = parent ? 'county' : 'league-city';
  const summaryParts = [
    showsAllUnits
      ? wholeRegionWording(leagueCities.length, language, parent)
      : unitNames.join(language === 'en' ? ', ' : '、'),
    ...(initiativeNames.length > 0 ? [initiativeNames.join(language === 'en' ? ', ' : '、')] : []),
    // In the periods the charts and tables show: quarters when counting by quarter, so that the
    // image, the CSV and the Excel file name the same periods in the same words.
    formatPeriodRange(periods[0] ?? from, periods.at(-1) ?? to, language),
  ];
  return {
    meta,
    filters,
    language,
    from,
    to,
    periods,
    units: selected,
    totalUnits: leagueCities.length,
    parent,
    level,
    levelWords: levelWords(language, level),
    showsAllUnits,
    unitsOf: (requested) =>
      requested === null
        ? leagueCities
        : leagueCities.filter((unit) => requested.includes(unit.id)),
    unitLabels: selected.map((unit) => ({
      id: unit.id,
      label: pickLabel(language, unit.name, unit.nameEn),
    })),
    indicator: (id) => indicatorsById.get(id),
    indicators,
    initiatives,
    showsInitiative: (id) => filters.initiatives.length === 0 || filters.initiatives.includes(id),
    comparePeriod:
      filters.comparison === 'period' && filters.compareWith !== null
        ? (periodsOf(filters.compareWith, filters.compareWith, filters.granularity)[0] ?? null)
        : null,
    baseParams: {
      ...(filters.units.length > 0 && { units: filters.units }),
      from,
      to,
      granularity: filters.granularity,
    },
    describePeriod: (period) => formatPeriod(period, language),
    filterSummary: summaryParts.join(translate(language, 'summary.separator')),
  };
}

export function DashboardViewProvider({
  catalog: latestCatalog,
  children,
}: {
  catalog: Catalog;
  children: ReactNode;
}) {
  // The filter bar answers the click at once; the sections follow in an interruptible render, so
  // that redrawing twenty charts never holds the input back (and never blocks in one long task).
  // A new catalogue (another dataset shown, or its units arriving) is followed the same way.
  const latestFilters = useFilters();
  const filters = useDeferredValue(latestFilters);
  const catalog = useDeferredValue(latestCatalog);
  const language = useLanguage();
  const view = useMemo(
    () => dashboardViewOf(catalog, filters, language),
    [catalog, filters, language],
  );
  return (
    <DashboardViewContext.Provider value={view}>
      <DashboardUpdatingContext.Provider
        value={filters !== latestFilters || catalog !== latestCatalog}
      >
        {children}
      </DashboardUpdatingContext.Provider>
    </DashboardViewContext.Provider>
  );
}

/** True while the sections still show the previous filters (their render is deferred). */
const DashboardUpdatingContext = createContext(false);
export const useDashboardUpdating = () => useContext(DashboardUpdatingContext);

export function useDashboardView(): DashboardView {
  const view = useContext(DashboardViewContext);
  if (!view) throw new Error('useDashboardView must be used inside <DashboardViewProvider>');
  return view;
}

/**
 * The view's translate: every message about the units shown names their level ({level}: 盟市, or
 * 旗县市区 drilled down), so that no string calls the counties of one 盟市 "盟市".
 */
export function useViewT(): Translate {
  const { language, levelWords } = useDashboardView();
  return useCallback(
    (key, values) => translate(language, key, { ...levelWords, ...values }),
    [language, levelWords],
  );
}

/** The range reaching a year further back, so that the first period still has its 同比. */
export const withYearBefore = (params: ObservationParams): ObservationParams => ({
  ...params,
  ...(params.from && { from: addMonths(params.from, -12) }),
});

/** The periods of a response asked with withYearBefore, less that extra year: the range shown. */
export const shownPeriods = (periods: string[]) =>
  periods.slice(periods[0]?.includes('Q') ? 4 : 12);
