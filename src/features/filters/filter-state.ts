import { addMonths } from '@/lib/periods';
import type { Granularity } from '@/schemas/api';

/** period: any earlier period the user picks (`compareWith`), beside 同比, 环比 and the target. */
export const comparisons = ['yoy', 'mom', 'target', 'period'] as const;
export type ComparisonMode = (typeof comparisons)[number];

/** The view an official has chosen. Empty lists mean "all"; null months mean the default window. */
export type Filters = {
  /** With `parent`: counties of that 盟市 (empty: all of them); else league/city units. */
  units: string[];
  /** The 盟市 drilled down into (its 旗县市区 are the units shown), or null for the 盟市 level. */
  parent: string | null;
  initiatives: string[];
  from: string | null;
  to: string | null;
  granularity: Granularity;
  comparison: ComparisonMode;
  /** With comparison 'period': the month compared with (its quarter when by quarter); else null. */
  compareWith: string | null;
};

export const defaultFilters: Filters = {
  units: [],
  parent: null,
  initiatives: [],
  from: null,
  to: null,
  granularity: 'month',
  comparison: 'yoy',
  compareWith: null,
};

/** Why a parameter of a link or of saved state was not used. */
export type FilterNotice = {
  param: string;
  value: string;
  reason:
    | 'invalid'
    | 'unknown-param'
    | 'unknown-id'
    | 'not-below'
    | 'no-counties'
    | 'out-of-range'
    | 'inverted'
    | 'corrupted-storage';
};

/** The default window: the twelve months up to the data's last month. */
export const DEFAULT_WINDOW_MONTHS = 12;

export type ResolvedRange = { from: string; to: string };

/** The months actually shown, with defaults filled in and kept inside the data. */
export function resolveRange(
  filters: Pick<Filters, 'from' | 'to'>,
  bounds: { firstMonth: string; lastMonth: string },
): ResolvedRange {
  const clamp = (month: string) =>
    month < bounds.firstMonth
      ? bounds.firstMonth
      : month > bounds.lastMonth
        ? bounds.lastMonth
        : month;
  const to = clamp(filters.to ?? bounds.lastMonth);
  const defaultFrom = clamp(addMonths(to, -(DEFAULT_WINDOW_MONTHS - 1)));
  const from = filters.from === null ? defaultFrom : clamp(filters.from);
  return from > to ? { from: defaultFrom, to } : { from, to };
}
