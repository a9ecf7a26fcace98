import { describe, expect, it } from 'vitest';
import { defaultFilters } from '@/features/filters/filter-state';
import {
  SAVED_VIEW_KEY,
  SAVED_VIEW_VERSION,
  loadSavedView,
  saveView,
} from '@/features/filters/saved-view';

/** A Storage that keeps items in a map; `blocked` makes every call throw, as in a locked-down browser. */
function memoryStorage(initial: Record<string, string> = {}, blocked = false): Storage {
  const items = new Map(Object.entries(initial));
  const guard = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => {
      guard();
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      guard();
      items.set(key, String(value));
    },
    removeItem: (key) => {
      guard();
      items.delete(key);
    },
  };
}

const saved = (value: unknown) => memoryStorage({ [SAVED_VIEW_KEY]: JSON.stringify(value) });

describe('saveView and loadSavedView', () => {
  it('keep a view across a reload, versioned, as the query string a link would carry', () => {
    const storage = memoryStorage();
    const filters = {
      ...defaultFilters,
      units: ['ordos'],
      to: '2024-03',
      comparison: 'mom' as const,
    };
    saveView(filters, storage);
    expect(JSON.parse(storage.getItem(SAVED_VIEW_KEY)!)).toEqual({
      version: SAVED_VIEW_VERSION,
      search: 'units=ordos&to=2024-03&compare=mom',
    });
    expect(loadSavedView(storage)).toEqual({ filters, notices: [] });
  });

  it('give the defaults when nothing is saved or there is no storage', () => {
    expect(loadSavedView(memoryStorage())).toEqual({ filters: defaultFilters, notices: [] });
    expect(loadSavedView(undefined)).toEqual({ filters: defaultFilters, notices: [] });
  });

  it('survive blocked storage without throwing', () => {
    const blocked = memoryStorage({}, true);
    expect(() => saveView(defaultFilters, blocked)).not.toThrow();
    expect(loadSavedView(blocked)).toEqual({ filters: defaultFilters, notices: [] });
  });

  it('check a saved view like a link: a bad part falls back alone, with a notice', () => {
    const { filters, notices } = loadSavedView(
      saved({ version: 1, search: 'units=ordos&granularity=week' }),
    );
    expect(filters).toEqual({ ...defaultFilters, units: ['ordos'] });
    expect(notices).toEqual([{ param: 'granularity', value: 'week', reason: 'invalid' }]);
  });
});

describe('a corrupted saved view', () => {
  it('that is not JSON gives the defaults with a notice and is removed', () => {
    const storage = memoryStorage({ [SAVED_VIEW_KEY]: '{not json' });
    expect(loadSavedView(storage)).toEqual({
      filters: defaultFilters,
      notices: [{ param: 'storage', value: '', reason: 'corrupted-storage' }],
    });
    expect(storage.getItem(SAVED_VIEW_KEY)).toBeNull();
  });

  it.each([
    ['another version', { version: 2, search: 'units=ordos' }],
    ['version 0', { version: 0, search: 'units=ordos' }],
    ['no version', { search: 'units=ordos' }],
    ['a version as text', { version: '1', search: 'units=ordos' }],
    ['a search that is not text', { version: 1, search: 123 }],
    ['a search that is null', { version: 1, search: null }],
    ['null', null],
    ['a number', 42],
    ['a string', 'units=ordos'],
    ['an array', [1, 'units=ordos']],
  ])('holding %s gives the defaults, quietly, and is removed', (_name, value) => {
    const storage = saved(value);
    expect(loadSavedView(storage)).toEqual({ filters: defaultFilters, notices: [] });
    expect(storage.getItem(SAVED_VIEW_KEY)).toBeNull();
  });
});
