import { useEffect } from 'react';
import { useFilterStoreApi } from './filter-store';
import { saveView } from './saved-view';
import {
  checkFiltersAgainstCatalog,
  parseFilterParams,
  serializeFilters,
  type FilterCatalog,
} from './url-params';
import { viewParamsOf } from './view-params';

/**
 * Mirrors the view in the URL both ways: a change pushes a history entry (so back and forward
 * work), a history move replaces the view, and every view is saved for the next visit.
 */
export function useFilterUrlSync() {
  const store = useFilterStoreApi();
  useEffect(() => {
    const write = (mode: 'push' | 'replace') => {
      const { filters } = store.getState();
      // The language, the chosen tab and the sample mode stay in the link whatever the filters do.
      const search = [serializeFilters(filters), viewParamsOf(window.location.search)]
        .filter(Boolean)
        .join('&');
      const current = window.location.search.replace(/^\?/, '');
      saveView(filters);
      if (search === current) return;
      const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // The first view may come from saved state or have had bad parameters dropped: show it as it is.
    write('replace');
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.filters !== previous.filters)
        write(state.changedBy === 'user' ? 'push' : 'replace');
    });
    const onPopState = () => {
      const { filters, notices } = parseFilterParams(window.location.search);
      store.getState().actions.filtersReplaced(filters, notices);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}

/** Once the catalogue is known, drops unknown units, initiatives and months, each with a notice. */
export function useFilterCatalogCheck(catalog: FilterCatalog | null) {
  const store = useFilterStoreApi();
  useEffect(() => {
    if (!catalog) return;
    const check = () => {
      const { filters, notices } = store.getState();
      const checked = checkFiltersAgainstCatalog(filters, catalog);
      if (checked.notices.length > 0)
        store.getState().actions.filtersReplaced(checked.filters, [...notices, ...checked.notices]);
    };
    check();
    return store.subscribe((state, previous) => {
      if (state.filters !== previous.filters) check();
    });
  }, [store, catalog]);
}
