import { describe, expect, it } from 'vitest';
import { defaultFilters, type Filters } from '@/features/filters/filter-state';
import {
  checkFiltersAgainstCatalog,
  hasFilterParams,
  parseFilterParams,
  serializeFilters,
} from '@/features/filters/url-params';

const view = (overrides: Partial<Filters>): Filters => ({ ...defaultFilters, ...overrides });

describe('parseFilterParams', () => {
  it('reads every parameter of a link', () => {
    expect(
      parseFilterParams(
        '?units=ordos,baotou&initiatives=case-resolution&from=2023-10&to=2024-03&granularity=quarter&compare=mom',
      ),
    ).toEqual({
      filters: {
        units: ['ordos', 'baotou'],
        parent: null,
        initiatives: ['case-resolution'],
        from: '2023-10',
        to: '2024-03',
        granularity: 'quarter',
        comparison: 'mom',
        compareWith: null,
      },
      notices: [],
    });
  });

  it('gives the defaults for an empty query, with or without "?"', () => {
    expect(parseFilterParams('')).toEqual({ filters: defaultFilters, notices: [] });
    expect(parseFilterParams('?')).toEqual({ filters: defaultFilters, notices: [] });
  });

  it('reads %2C-encoded commas, spaces around ids, repeated and empty items', () => {
    expect(parseFilterParams('units=ordos%2Cbaotou').filters.units).toEqual(['ordos', 'baotou']);
    expect(parseFilterParams('units=%20ordos%20,,baotou,ordos,').filters.units).toEqual([
      'ordos',
      'baotou',
    ]);
    expect(parseFilterParams('units=').filters.units).toEqual([]);
  });

  it.each([
    ['units=nowhere!', 'units', 'invalid'],
    ['units=ORDOS', 'units', 'invalid'],
    ['units=<script>', 'units', 'invalid'],
    ['initiatives=a_b', 'initiatives', 'invalid'],
    ['from=2024-13', 'from', 'invalid'],
    ['from=2024-1', 'from', 'invalid'],
    ['to=June', 'to', 'invalid'],
    ['granularity=week', 'granularity', 'invalid'],
    ['granularity=', 'granularity', 'invalid'],
    ['compare=best', 'compare', 'invalid'],
    ['foo=bar', 'foo', 'unknown-param'],
  ])('drops %s alone, with a notice', (search, param, reason) => {
    // The first value of a repeated parameter is the one read, so the bad one wins where it repeats.
    const { filters, notices } = parseFilterParams(`${search}&units=ordos&compare=mom`);
    expect(notices).toContainEqual(expect.objectContaining({ param, reason }));
    if (param !== 'units') expect(filters.units).toEqual(['ordos']);
    if (param !== 'compare') expect(filters.comparison).toBe('mom');
  });

  it('drops the start of an inverted range and keeps its end', () => {
    const { filters, notices } = parseFilterParams('from=2024-05&to=2024-02&units=ordos');
    expect(filters).toEqual(view({ units: ['ordos'], from: null, to: '2024-02' }));
    expect(notices).toEqual([{ param: 'from', value: '2024-05', reason: 'inverted' }]);
  });

  it('keeps a one-month range', () => {
    expect(parseFilterParams('from=2024-02&to=2024-02').filters).toMatchObject({
      from: '2024-02',
      to: '2024-02',
    });
  });

  it('refuses an absurdly long unit list as a whole', () => {
    const ids = Array.from({ length: 201 }, (_, index) => `u${index}`).join(',');
    const { filters, notices } = parseFilterParams(`units=${ids}`);
    expect(filters.units).toEqual([]);
    expect(notices[0]).toMatchObject({ param: 'units', reason: 'invalid' });
    // The notice quotes a short excerpt, not the whole list.
    expect(notices[0]!.value.length).toBeLessThanOrEqual(41);
  });

  it('reports each unknown parameter once', () => {
    const { notices } = parseFilterParams('foo=1&foo=2&bar=');
    expect(notices).toEqual([
      { param: 'foo', value: '1', reason: 'unknown-param' },
      { param: 'bar', value: '', reason: 'unknown-param' },
    ]);
  });
});

describe('serializeFilters', () => {
  it('writes only what differs from the defaults', () => {
    expect(serializeFilters(defaultFilters)).toBe('');
    expect(serializeFilters(view({ comparison: 'target' }))).toBe('compare=target');
  });

  it('carries any earlier period as its month, and old links keep their meaning', () => {
    expect(serializeFilters(view({ comparison: 'period', compareWith: '2023-12' }))).toBe(
      'compare=2023-12',
    );
    expect(parseFilterParams('?compare=2023-12').filters).toMatchObject({
      comparison: 'period',
      compareWith: '2023-12',
    });
    for (const mode of ['yoy', 'mom', 'target'] as const)
      expect(parseFilterParams(`?compare=${mode}`).filters).toMatchObject({
        comparison: mode,
        compareWith: null,
      });
    // "period" alone names no period: it is not a valid link.
    expect(parseFilterParams('?compare=period')).toMatchObject({
      filters: { comparison: 'yoy', compareWith: null },
      notices: [{ param: 'compare', reason: 'invalid' }],
    });
    expect(parseFilterParams('?compare=2023-13').notices).toEqual([
      { param: 'compare', value: '2023-13', reason: 'invalid' },
    ]);
  });

  it('writes readable commas and a stable order', () => {
    expect(
      serializeFilters(
        view({
          comparison: 'mom',
          granularity: 'quarter',
          to: '2024-03',
          from: '2023-10',
          units: ['ordos', 'baotou'],
          initiatives: ['case-resolution', 'research'],
        }),
      ),
    ).toBe(
      'units=ordos,baotou&initiatives=case-resolution,research&from=2023-10&to=2024-03&granularity=quarter&compare=mom',
    );
  });

  it('round-trips through parseFilterParams', () => {
    const filters = view({ units: ['xingan'], from: '2022-01', granularity: 'quarter' });
    expect(parseFilterParams(serializeFilters(filters))).toEqual({ filters, notices: [] });
  });
});

describe('hasFilterParams', () => {
  it('is true only when a known filter parameter is present', () => {
    expect(hasFilterParams('?units=ordos')).toBe(true);
    expect(hasFilterParams('?compare=')).toBe(true);
    expect(hasFilterParams('?utm_source=mail')).toBe(false);
    expect(hasFilterParams('')).toBe(false);
  });
});

describe('checkFiltersAgainstCatalog', () => {
  const catalog = {
    unitIds: new Set(['ordos', 'baotou']),
    initiativeIds: new Set(['research']),
    firstMonth: '2022-01',
    lastMonth: '2024-06',
  };

  it('keeps what the dataset knows', () => {
    const filters = view({
      units: ['ordos'],
      initiatives: ['research'],
      from: '2022-01',
      to: '2024-06',
    });
    expect(checkFiltersAgainstCatalog(filters, catalog)).toEqual({ filters, notices: [] });
  });

  it('drops unknown ids and months outside the data, each alone', () => {
    const { filters, notices } = checkFiltersAgainstCatalog(
      view({
        units: ['ordos', 'nowhere'],
        initiatives: ['made-up'],
        from: '1999-01',
        to: '2024-03',
        comparison: 'mom',
      }),
      catalog,
    );
    expect(filters).toEqual(
      view({ units: ['ordos'], from: null, to: '2024-03', comparison: 'mom' }),
    );
    expect(notices).toEqual([
      { param: 'units', value: 'nowhere', reason: 'unknown-id' },
      { param: 'initiatives', value: 'made-up', reason: 'unknown-id' },
      { param: 'from', value: '1999-01', reason: 'out-of-range' },
    ]);
  });

  it('drops a compared period outside the data, back to 同比', () => {
    const { filters, notices } = checkFiltersAgainstCatalog(
      view({ comparison: 'period', compareWith: '2019-12' }),
      catalog,
    );
    expect(filters).toMatchObject({ comparison: 'yoy', compareWith: null });
    expect(notices).toEqual([{ param: 'compare', value: '2019-12', reason: 'out-of-range' }]);
  });

  it('drops an end month after the data', () => {
    const { filters, notices } = checkFiltersAgainstCatalog(view({ to: '2030-01' }), catalog);
    expect(filters.to).toBeNull();
    expect(notices).toEqual([{ param: 'to', value: '2030-01', reason: 'out-of-range' }]);
  });
});

describe('a drill-down in the link (parent=)', () => {
  const catalog = {
    unitIds: new Set(['hohhot', 'ordos', 'wuhai']),
    countiesOf: new Map([
      ['hohhot', new Set(['hohhot-saihan', 'hohhot-xincheng'])],
      ['ordos', new Set(['ordos-dongsheng'])],
    ]),
    initiativeIds: new Set<string>(),
    firstMonth: '2022-01',
    lastMonth: '2024-06',
  };

  it('travels both ways with the counties chosen below it', () => {
    const filters = view({ parent: 'hohhot', units: ['hohhot-saihan'] });
    const search = serializeFilters(filters);
    expect(search).toBe('parent=hohhot&units=hohhot-saihan');
    expect(parseFilterParams(search)).toEqual({ filters, notices: [] });
    expect(hasFilterParams('?parent=hohhot')).toBe(true);
    expect(checkFiltersAgainstCatalog(filters, catalog)).toEqual({ filters, notices: [] });
  });

  it('drops a malformed parent with a notice', () => {
    const { filters, notices } = parseFilterParams('parent=Hohhot!&units=ordos');
    expect(filters).toEqual(view({ units: ['ordos'] }));
    expect(notices).toEqual([{ param: 'parent', value: 'Hohhot!', reason: 'invalid' }]);
  });

  it('drops an unknown parent, and then county ids, which are not 盟市', () => {
    const { filters, notices } = checkFiltersAgainstCatalog(
      view({ parent: 'atlantis', units: ['hohhot-saihan', 'ordos'] }),
      catalog,
    );
    expect(filters).toEqual(view({ units: ['ordos'] }));
    expect(notices).toEqual([
      { param: 'parent', value: 'atlantis', reason: 'unknown-id' },
      { param: 'units', value: 'hohhot-saihan', reason: 'unknown-id' },
    ]);
  });

  it('drops a parent that has no counties to drill into', () => {
    const { filters, notices } = checkFiltersAgainstCatalog(view({ parent: 'wuhai' }), catalog);
    expect(filters).toEqual(view({}));
    expect(notices).toEqual([{ param: 'parent', value: 'wuhai', reason: 'no-counties' }]);
  });

  it("drops a county of another 盟市 and an unknown county, keeping the parent's own", () => {
    const { filters, notices } = checkFiltersAgainstCatalog(
      view({ parent: 'hohhot', units: ['ordos-dongsheng', 'hohhot-saihan', 'hohhot-nowhere'] }),
      catalog,
    );
    expect(filters).toEqual(view({ parent: 'hohhot', units: ['hohhot-saihan'] }));
    expect(notices).toEqual([
      { param: 'units', value: 'ordos-dongsheng', reason: 'not-below' },
      { param: 'units', value: 'hohhot-nowhere', reason: 'unknown-id' },
    ]);
  });

  it('keeps no drill-down where the dataset has no counties at all', () => {
    const { countiesOf: _countiesOf, ...withoutCounties } = catalog;
    const { filters, notices } = checkFiltersAgainstCatalog(
      view({ parent: 'hohhot' }),
      withoutCounties,
    );
    expect(filters.parent).toBeNull();
    expect(notices).toEqual([{ param: 'parent', value: 'hohhot', reason: 'no-counties' }]);
  });
});
