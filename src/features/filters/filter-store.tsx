import { createContext, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Granularity } from '@/schemas/api';
import {
  defaultFilters,
  type ComparisonMode,
  type FilterNotice,
  type Filters,
} from './filter-state';
import { loadSavedView } from './saved-view';
import { hasFilterParams, parseFilterParams } from './url-params';
import { hasNonViewParams } from './view-params';

type FilterState = {
  filters: Filters;
  notices: FilterNotice[];
  /** A user's choice adds a history entry; a correction or a history move does not. */
  changedBy: 'user' | 'system';
  actions: {
    unitsChosen: (units: string[]) => void;
    unitClicked: (unitId: string) => void;
    /** Shows the counties (旗县市区) of a 盟市 in place of the 盟市. */
    drilledDown: (parentId: string) => void;
    /** Back from the counties to their 盟市, selected alone. */
    drilledUp: () => void;
    initiativesChosen: (initiatives: string[]) => void;
    periodChosen: (from: string | null, to: string | null) => void;
    granularityChosen: (granularity: Granularity) => void;
    comparisonChosen: (comparison: ComparisonMode) => void;
    /** Compare with any earlier month (its quarter when by quarter). */
    comparePeriodChosen: (month: string) => void;
    filtersReset: () => void;
    /** From the URL (back/forward) or a catalogue check; replaces the whole view. */
    filtersReplaced: (filters: Filters, notices?: FilterNotice[]) => void;
    noticesDismissed: () => void;
  };
};

/** The first view: the link's parameters if it has any, else the last view saved on this machine. */
export function initialFilterState(search: string): Pick<FilterState, 'filters' | 'notices'> {
  return hasFilterParams(search) || hasNonViewParams(search)
    ? parseFilterParams(search)
    : loadSavedView();
}

function createFilterStore(initial: Pick<FilterState, 'filters' | 'notices'>) {
  return createStore<FilterState>()((set) => {
    const update = (patch: Partial<Filters>) =>
      set((state) => ({ filters: { ...state.filters, ...patch }, changedBy: 'user' }));
    return {
      ...initial,
      changedBy: 'system',
      actions: {
        unitsChosen: (units) => update({ units }),
        // Clicking the only selected unit again goes back to all units.
        unitClicked: (unitId) =>
          set((state) => ({
            filters: {
              ...state.filters,
              units:
                state.filters.units.length === 1 && state.filters.units[0] === unitId
                  ? []
                  : [unitId],
            },
            changedBy: 'user',
          })),
        drilledDown: (parentId) => update({ parent: parentId, units: [] }),
        drilledUp: () =>
          set((state) => ({
            filters: {
              ...state.filters,
              units: state.filters.parent === null ? state.filters.units : [state.filters.parent],
              parent: null,
            },
            changedBy: 'user',
          })),
        initiativesChosen: (initiatives) => update({ initiatives }),
        periodChosen: (from, to) => update({ from, to }),
        granularityChosen: (granularity) => update({ granularity }),
        comparisonChosen: (comparison) =>
          update(comparison === 'period' ? { comparison } : { comparison, compareWith: null }),
        comparePeriodChosen: (month) => update({ comparison: 'period', compareWith: month }),
        filtersReset: () => set({ filters: defaultFilters, notices: [], changedBy: 'user' }),
        filtersReplaced: (filters, notices) =>
          set((state) => ({ filters, notices: notices ?? state.notices, changedBy: 'system' })),
        noticesDismissed: () => set({ notices: [] }),
      },
    };
  });
}

type FilterStore = StoreApi<FilterState>;
const FilterStoreContext = createContext<FilterStore | null>(null);

export function FilterStoreProvider({
  children,
  search,
}: {
  children: ReactNode;
  search?: string;
}) {
  const [store] = useState(() =>
    createFilterStore(initialFilterState(search ?? window.location.search)),
  );
  return <FilterStoreContext.Provider value={store}>{children}</FilterStoreContext.Provider>;
}

function useFilterStore<T>(selector: (state: FilterState) => T): T {
  const store = useContext(FilterStoreContext);
  if (!store) throw new Error('useFilterStore must be used inside <FilterStoreProvider>');
  return useStore(store, selector);
}

export const useFilters = () => useFilterStore((state) => state.filters);
export const useFilterNotices = () => useFilterStore((state) => state.notices);
export const useFilterActions = () => useFilterStore((state) => state.actions);

/** For effects that follow the store without re-rendering (URL and storage sync). */
export function useFilterStoreApi(): FilterStore {
  const store = useContext(FilterStoreContext);
  if (!store) throw new Error('useFilterStoreApi must be used inside <FilterStoreProvider>');
  return store;
}
