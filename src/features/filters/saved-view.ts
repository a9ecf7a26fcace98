import { defaultFilters, type FilterNotice, type Filters } from './filter-state';
import { parseFilterParams, serializeFilters } from './url-params';

/**
 * The last view, kept across reloads. It is stored as the same query string a link carries, so
 * that saved state goes through the same checks as a link; the version lets a future format
 * change discard old entries instead of misreading them.
 */
export const SAVED_VIEW_KEY = 'dashboard.view';
export const SAVED_VIEW_VERSION = 1;

type SavedView = { version: number; search: string };

export function loadSavedView(storage: Storage | undefined = globalThis.localStorage): {
  filters: Filters;
  notices: FilterNotice[];
} {
  let raw: string | null;
  try {
    raw = storage?.getItem(SAVED_VIEW_KEY) ?? null;
  } catch {
    return { filters: defaultFilters, notices: [] };
  }
  if (raw === null) return { filters: defaultFilters, notices: [] };
  try {
    const saved = JSON.parse(raw) as Partial<SavedView> | null;
    if (saved?.version !== SAVED_VIEW_VERSION || typeof saved.search !== 'string') {
      // An older or unknown format: start from the defaults rather than guess.
      storage?.removeItem(SAVED_VIEW_KEY);
      return { filters: defaultFilters, notices: [] };
    }
    return parseFilterParams(saved.search);
  } catch {
    storage?.removeItem(SAVED_VIEW_KEY);
    return {
      filters: defaultFilters,
      notices: [{ param: 'storage', value: '', reason: 'corrupted-storage' }],
    };
  }
}

export function saveView(filters: Filters, storage: Storage | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(
      SAVED_VIEW_KEY,
      JSON.stringify({
        version: SAVED_VIEW_VERSION,
        search: serializeFilters(filters),
      } satisfies SavedView),
    );
  } catch {
    // Full or blocked storage only costs the memory of the view, never the view itself.
  }
}
