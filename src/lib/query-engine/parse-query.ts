import type { Problem } from '@/schemas/api';
import type { Granularity } from '@/schemas/api';
import type { DatasetIndex } from './dataset-index';

export type ObservationQuery = {
  indicatorIds: string[] | null;
  unitIds: string[] | null;
  /** The units directly below this one instead of the league/city level (a 盟市's counties). */
  parentId?: string | null;
  initiativeIds: string[] | null;
  from: string | null;
  to: string | null;
  granularity: Granularity;
  aggregate: boolean;
};

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

type InvalidParam = { name: string; reason: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_LIST = 500;

/** Lists come as `unit=a,b` or as repeated `unit=a&unit=b`; empty items are ignored. */
function listParam(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name).flatMap((value) => value.split(','));
  const items = values.map((value) => value.trim()).filter((value) => value.length > 0);
  return items.length === 0 ? null : [...new Set(items)];
}

const quote = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function checkKnown(
  name: string,
  items: string[] | null,
  known: Set<string>,
  errors: InvalidParam[],
) {
  if (!items) return;
  if (items.length > MAX_LIST) {
    errors.push({ name, reason: `at most ${MAX_LIST} values are allowed, got ${items.length}` });
    return;
  }
  const unknown = items.filter((item) => !known.has(item));
  if (unknown.length > 0) {
    errors.push({ name, reason: `unknown ${name} ${unknown.slice(0, 5).map(quote).join(', ')}` });
  }
}

/** `parent`: one known unit; every `unit` named beside it must be directly below it. */
function parentParam(
  params: URLSearchParams,
  index: DatasetIndex,
  unitIds: string[] | null,
  errors: InvalidParam[],
): string | null {
  const value = params.get('parent');
  if (value === null || value === '') return null;
  if (!index.unitIds.has(value)) {
    errors.push({ name: 'parent', reason: `unknown unit ${quote(value)}` });
    return null;
  }
  const parentOf = new Map(index.dataset.units.map((unit) => [unit.id, unit.parentId]));
  const outside = (unitIds ?? []).filter(
    (unitId) => parentOf.has(unitId) && parentOf.get(unitId) !== value,
  );
  if (outside.length > 0)
    errors.push({
      name: 'unit',
      reason: `not directly below ${quote(value)}: ${outside.slice(0, 5).map(quote).join(', ')}`,
    });
  return value;
}

export function badRequest(errors: InvalidParam[]): Problem {
  return {
    type: 'about:blank',
    title: 'Bad request',
    status: 400,
    detail: errors.map((error) => `${error.name}: ${error.reason}`).join('; '),
    invalidParams: errors,
  };
}

/** Reads and checks the query of GET /observations; every mistake is reported, not just the first. */
export function parseObservationQuery(
  params: URLSearchParams,
  index: DatasetIndex,
): ParseResult<ObservationQuery> {
  const errors: InvalidParam[] = [];
  const indicatorIds = listParam(params, 'indicator');
  const unitIds = listParam(params, 'unit');
  const initiativeIds = listParam(params, 'initiative');
  checkKnown('indicator', indicatorIds, new Set(index.indicatorsById.keys()), errors);
  checkKnown('unit', unitIds, index.unitIds, errors);
  checkKnown('initiative', initiativeIds, index.initiativeIds, errors);
  const parentId = parentParam(params, index, unitIds, errors);

  const month = (name: 'from' | 'to') => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (!MONTH.test(value)) {
      errors.push({ name, reason: `expected a month as YYYY-MM, got ${quote(value)}` });
      return null;
    }
    return value;
  };
  const from = month('from');
  const to = month('to');
  if (from !== null && to !== null && from > to) {
    errors.push({ name: 'from', reason: `the range is inverted: from ${from} is after to ${to}` });
  }

  const granularityValue = params.get('granularity') ?? 'month';
  if (granularityValue !== 'month' && granularityValue !== 'quarter') {
    errors.push({
      name: 'granularity',
      reason: `expected month or quarter, got ${quote(granularityValue)}`,
    });
  }
  const aggregateValue = params.get('aggregate') ?? 'false';
  if (aggregateValue !== 'true' && aggregateValue !== 'false') {
    errors.push({
      name: 'aggregate',
      reason: `expected true or false, got ${quote(aggregateValue)}`,
    });
  }

  if (errors.length > 0) return { ok: false, problem: badRequest(errors) };
  return {
    ok: true,
    value: {
      indicatorIds,
      unitIds,
      parentId,
      initiativeIds,
      from,
      to,
      granularity: granularityValue === 'quarter' ? 'quarter' : 'month',
      aggregate: aggregateValue === 'true',
    },
  };
}
