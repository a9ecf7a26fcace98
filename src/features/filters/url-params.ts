import {
  comparisons,
  defaultFilters,
  type ComparisonMode,
  type FilterNotice,
  type Filters,
} from './filter-state';
import { viewParamNames } from './view-params';

/**
 * The view as URL parameters, both ways. Parsing never throws: a parameter that cannot be used
 * falls back to its default, alone, and is reported as a notice.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_IDS = 200;
const known = new Set(['units', 'parent', 'initiatives', 'from', 'to', 'granularity', 'compare']);
// Not filters, but expected in a link: parsed elsewhere (view-params.ts), never "unknown".
const alsoKnown = new Set<string>(viewParamNames);

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

function idList(value: string | null, param: string, notices: FilterNotice[]): string[] {
  if (value === null || value === '') return [];
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length > MAX_IDS || ids.some((id) => !ID.test(id))) {
    notices.push({ param, value: shown(value), reason: 'invalid' });
    return [];
  }
  return ids;
}

function month(value: string | null, param: string, notices: FilterNotice[]): string | null {
  if (value === null || value === '') return null;
  if (!MONTH.test(value)) {
    notices.push({ param, value: shown(value), reason: 'invalid' });
    return null;
  }
  return value;
}

export function parseFilterParams(search: string): { filters: Filters; notices: FilterNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      filters: defaultFilters,
      notices: [{ param: '?', value: shown(search), reason: 'invalid' }],
    };
  }
  const notices: FilterNotice[] = [];
  for (const name of new Set(params.keys())) {
    if (!known.has(name) && !alsoKnown.has(name))
      notices.push({ param: name, value: shown(params.get(name) ?? ''), reason: 'unknown-param' });
  }
  const from = month(params.get('from'), 'from', notices);
  const to = month(params.get('to'), 'to', notices);
  const inverted = from !== null && to !== null && from > to;
  if (inverted) notices.push({ param: 'from', value: from, reason: 'inverted' });

  const granularityValue = params.get('granularity');
  const granularity =
    granularityValue === 'quarter' || granularityValue === 'month'
      ? granularityValue
      : defaultFilters.granularity;
  if (granularityValue !== null && granularityValue !== granularity) {
    notices.push({ param: 'granularity', value: shown(granularityValue), reason: 'invalid' });
  }
  // compare=yoy|mom|target as before, or compare=2023-12 for any earlier month.
  const compareValue = params.get('compare');
  const compareWith = compareValue !== null && MONTH.test(compareValue) ? compareValue : null;
  const named =
    compareValue !== 'period' && (comparisons as readonly string[]).includes(compareValue ?? '');
  const comparison: ComparisonMode =
    compareWith !== null
      ? 'period'
      : named
        ? (compareValue as ComparisonMode)
        : defaultFilters.comparison;
  if (compareValue !== null && compareWith === null && !named) {
    notices.push({ param: 'compare', value: shown(compareValue), reason: 'invalid' });
  }

  const parentValue = params.get('parent');
  const parent = parentValue === null || parentValue === '' ? null : parentValue;
  if (parent !== null && !ID.test(parent))
    notices.push({ param: 'parent', value: shown(parent), reason: 'invalid' });

  return {
    filters: {
      units: idList(params.get('units'), 'units', notices),
      parent: parent !== null && ID.test(parent) ? parent : null,
      initiatives: idList(params.get('initiatives'), 'initiatives', notices),
      from: inverted ? null : from,
      to,
      granularity,
      comparison,
      compareWith,
    },
    notices,
  };
}

/** Only what differs from the defaults goes into the link, so links stay short and readable. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.parent !== null) params.set('parent', filters.parent);
  if (filters.units.length > 0) params.set('units', filters.units.join(','));
  if (filters.initiatives.length > 0) params.set('initiatives', filters.initiatives.join(','));
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.granularity !== defaultFilters.granularity)
    params.set('granularity', filters.granularity);
  if (filters.comparison === 'period') {
    if (filters.compareWith !== null) params.set('compare', filters.compareWith);
  } else if (filters.comparison !== defaultFilters.comparison)
    params.set('compare', filters.comparison);
  // Commas are safe in a query and far easier to read in a shared link than %2C.
  return params.toString().replaceAll('%2C', ',');
}

export const hasFilterParams = (search: string) =>
  [...new URLSearchParams(search).keys()].some((name) => known.has(name));

export type FilterCatalog = {
  /** The league/city units. */
  unitIds: ReadonlySet<string>;
  /** The counties of each league/city unit that has some. */
  countiesOf?: ReadonlyMap<string, ReadonlySet<string>>;
  initiativeIds: ReadonlySet<string>;
  firstMonth: string;
  lastMonth: string;
};

/** Drops ids the dataset does not know and months outside its span, each alone, with a notice. */
export function checkFiltersAgainstCatalog(
  filters: Filters,
  catalog: FilterCatalog,
): { filters: Filters; notices: FilterNotice[] } {
  const notices: FilterNotice[] = [];
  const keepKnown = (ids: string[], known: ReadonlySet<string>, param: string) => {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      notices.push({ param, value: shown(unknown.join(',')), reason: 'unknown-id' });
    return ids.filter((id) => known.has(id));
  };
  const inSpan = (value: string | null, param: string) => {
    if (value === null || (value >= catalog.firstMonth && value <= catalog.lastMonth)) return value;
    notices.push({ param, value, reason: 'out-of-range' });
    return null;
  };
  // A drill-down only into a 盟市 that has counties; then only its own counties are kept.
  let parent = filters.parent;
  if (parent !== null && !catalog.countiesOf?.has(parent)) {
    notices.push({
      param: 'parent',
      value: shown(parent),
      reason: catalog.unitIds.has(parent) ? 'no-counties' : 'unknown-id',
    });
    parent = null;
  }
  const counties = parent === null ? undefined : catalog.countiesOf?.get(parent);
  let units: string[];
  if (counties) {
    const below = new Set([...(catalog.countiesOf?.values() ?? [])].flatMap((ids) => [...ids]));
    const elsewhere = filters.units.filter((id) => !counties.has(id) && below.has(id));
    if (elsewhere.length > 0)
      notices.push({ param: 'units', value: shown(elsewhere.join(',')), reason: 'not-below' });
    units = keepKnown(
      filters.units.filter((id) => !elsewhere.includes(id)),
      counties,
      'units',
    );
  } else units = keepKnown(filters.units, catalog.unitIds, 'units');
  const checked: Filters = {
    ...filters,
    parent,
    units,
    initiatives: keepKnown(filters.initiatives, catalog.initiativeIds, 'initiatives'),
    from: inSpan(filters.from, 'from'),
    to: inSpan(filters.to, 'to'),
  };
  if (filters.compareWith !== null && inSpan(filters.compareWith, 'compare') === null) {
    checked.comparison = defaultFilters.comparison;
    checked.compareWith = null;
  }
  return { filters: checked, notices };
}
