import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisons, type Filters } from '@/features/filters/filter-state';
import { loadSavedView, SAVED_VIEW_KEY } from '@/features/filters/saved-view';
import { parseFilterParams, serializeFilters } from '@/features/filters/url-params';

/**
 * Hostile links: whatever arrives in the address bar, parsing never throws and always yields a view
 * the app can use. A fixed seed keeps the suite deterministic; a failure prints its counterexample.
 */
const runs = { numRuns: 2000, seed: 20240630 };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const knownNames = ['units', 'initiatives', 'from', 'to', 'granularity', 'compare'];

function expectValidFilters(filters: Filters) {
  for (const ids of [filters.units, filters.initiatives]) {
    expect(Array.isArray(ids)).toBe(true);
    expect(ids.length).toBeLessThanOrEqual(200);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID);
  }
  if (filters.parent !== null) expect(filters.parent).toMatch(ID);
  for (const month of [filters.from, filters.to]) if (month !== null) expect(month).toMatch(MONTH);
  if (filters.from !== null && filters.to !== null) expect(filters.from <= filters.to).toBe(true);
  expect(['month', 'quarter']).toContain(filters.granularity);
  expect(comparisons).toContain(filters.comparison);
  if (filters.comparison === 'period') expect(filters.compareWith).toMatch(MONTH);
  else expect(filters.compareWith).toBeNull();
  expect(Object.keys(filters).sort()).toEqual(
    [
      'compareWith',
      'comparison',
      'from',
      'granularity',
      'initiatives',
      'parent',
      'to',
      'units',
    ].sort(),
  );
}

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const month = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);
const unicode = fc.string({ unit: 'binary', maxLength: 30 });
const percentEncoded = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`),
      fc.constantFrom('%', '%2', '%G0', '%E0%A4%A', '%C0%AF', '%00', '%2C', '%26', '%3D', '+'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const nearMonth = fc.oneof(
  month,
  fc.constantFrom(
    '2024-13',
    '2024-00',
    '2024-1',
    '24-06',
    '2024-06-01',
    ' 2024-06',
    '２０２４-０６',
  ),
);
const hugeList = fc.oneof(
  fc
    .array(fc.oneof(id, unicode, fc.constant('')), { minLength: 150, maxLength: 600 })
    .map((items) => items.join(',')),
  // Well-formed ids, around the 200 a link may carry.
  fc.uniqueArray(id, { minLength: 150, maxLength: 400 }).map((ids) => ids.join(',')),
);
const value = fc.oneof(
  unicode,
  percentEncoded,
  nearMonth,
  id,
  fc.array(id, { maxLength: 10 }).map((ids) => ids.join(',')),
  fc.constantFrom('month', 'quarter', 'week', 'yoy', 'mom', 'target', 'Mom', ''),
  hugeList,
);
const name = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownNames) },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: percentEncoded },
);

/** Query strings as links carry them: encoded or raw, with any separators. */
const queryString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webSegment(),
  fc.webQueryParameters(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => new URL(url).search),
  fc
    .array(fc.tuple(name, value), { maxLength: 12 })
    .map((pairs) => pairs.map(([key, item]) => `${key}=${item}`).join('&')),
  fc
    .array(fc.tuple(name, value), { maxLength: 12 })
    .map((pairs) =>
      pairs
        .map(([key, item]) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}`)
        .join('&'),
    ),
  fc
    .tuple(
      fc.constantFrom('?', '', '??', '&', '#'),
      fc.array(fc.tuple(name, value), { maxLength: 6 }),
    )
    .map(([prefix, pairs]) => prefix + pairs.map(([key, item]) => `${key}=${item}`).join('&')),
);

const validFilters: fc.Arbitrary<Filters> = fc
  .record({
    units: fc.uniqueArray(id, { maxLength: 200 }),
    parent: fc.option(id, { nil: null }),
    initiatives: fc.uniqueArray(id, { maxLength: 20 }),
    months: fc.tuple(fc.option(month, { nil: null }), fc.option(month, { nil: null })),
    granularity: fc.constantFrom('month' as const, 'quarter' as const),
    comparison: fc.constantFrom(...comparisons),
    compareWith: month,
  })
  .map(({ months: [first, second], compareWith, ...rest }) => {
    const ordered = first !== null && second !== null && first > second;
    return {
      ...rest,
      // Any earlier period travels as its month; the named comparisons carry none.
      compareWith: rest.comparison === 'period' ? compareWith : null,
      from: ordered ? second : first,
      to: ordered ? first : second,
    };
  });

describe('parseFilterParams on hostile links', () => {
  it('never throws and always yields a valid view', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { filters, notices } = parseFilterParams(search);
        expectValidFilters(filters);
        for (const notice of notices) {
          expect(typeof notice.param).toBe('string');
          // A notice quotes at most a short excerpt of what it refused.
          expect(notice.value.length).toBeLessThanOrEqual(41);
        }
      }),
      runs,
    );
  });

  it('settles in one step: the corrected link it leads to opens the same view with nothing to report', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { filters } = parseFilterParams(search);
        expect(parseFilterParams(serializeFilters(filters))).toEqual({ filters, notices: [] });
      }),
      runs,
    );
  });

  it('reports every parameter it does not use', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 8 }), (pairs) => {
        const search = pairs
          .map(([key, item]) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}`)
          .join('&');
        const { notices } = parseFilterParams(search);
        const reported = new Set(notices.map((notice) => notice.param));
        for (const [key] of pairs) if (!knownNames.includes(key)) expect(reported).toContain(key);
      }),
      runs,
    );
  });
});

describe('serializeFilters → parseFilterParams', () => {
  it('round-trips every valid view exactly', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const search = serializeFilters(filters);
        expect(parseFilterParams(search)).toEqual({ filters, notices: [] });
        expect(parseFilterParams(`?${search}`)).toEqual({ filters, notices: [] });
      }),
      runs,
    );
  });
});

describe('loadSavedView on hostile storage', () => {
  it('never throws and always yields a valid view', () => {
    const stored = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.json(),
      fc.jsonValue().map((item) => JSON.stringify({ version: 1, search: item })),
      queryString.map((search) => JSON.stringify({ version: 1, search })),
      fc.anything().map((item) => {
        try {
          return JSON.stringify(item) ?? 'undefined';
        } catch {
          return String(item);
        }
      }),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const items = new Map([[SAVED_VIEW_KEY, raw]]);
        const storage = {
          getItem: (key: string) => items.get(key) ?? null,
          setItem: (key: string, item: string) => void items.set(key, item),
          removeItem: (key: string) => void items.delete(key),
        } as unknown as Storage;
        expectValidFilters(loadSavedView(storage).filters);
      }),
      runs,
    );
  });
});
