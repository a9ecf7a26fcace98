import {
  observationsResponseSchema,
  seriesPointSchema,
  type ObservationsResponse,
  type SeriesPoint,
} from './api';

/*
 * GET /observations checked as observationsResponseSchema checks it, quicker on the usual point.
 * Zod runs here without its compiled parsers (the page's Content-Security-Policy forbids eval,
 * zod.ts), and its generic checks took 30 ms for the first screen's 1,150 points on a fresh page
 * at CPU ×1 (Node, cold), on the way to the first chart. A point of the usual shape (the keys
 * below and nothing else: a revision's goes through the schema) is checked here by hand, at least
 * as strictly as the schema; any other point goes through the schema itself, and any failure is
 * the schema's own, issues and all.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const PLAIN_KEYS = new Set([
  'indicatorId',
  'unitId',
  'period',
  'value',
  'revised',
  'incomplete',
  'reported',
  'expected',
  'note',
  'months',
]);

const isId = (value: unknown) => typeof value === 'string' && value.length <= 80 && ID.test(value);
const isCount = (value: unknown) =>
  value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);
const isFlag = (value: unknown) => value === undefined || typeof value === 'boolean';
const isNote = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.length <= 300);
const isMonths = (value: unknown) =>
  value === undefined ||
  (Array.isArray(value) && value.every((month) => typeof month === 'string' && MONTH.test(month)));

/** A point of the usual shape that the schema would accept as it is. */
function isPlainPoint(point: unknown): point is SeriesPoint {
  if (typeof point !== 'object' || point === null || Array.isArray(point)) return false;
  if (Object.getPrototypeOf(point) !== Object.prototype) return false;
  for (const key in point) if (!PLAIN_KEYS.has(key)) return false;
  const {
    indicatorId,
    unitId,
    period,
    value,
    revised,
    incomplete,
    reported,
    expected,
    note,
    months,
  } = point as Record<string, unknown>;
  return (
    isId(indicatorId) &&
    (unitId === 'all' || isId(unitId)) &&
    typeof period === 'string' &&
    (MONTH.test(period) || QUARTER.test(period)) &&
    (value === null || (typeof value === 'number' && Number.isFinite(value))) &&
    isFlag(revised) &&
    isFlag(incomplete) &&
    isCount(reported) &&
    isCount(expected) &&
    isNote(note) &&
    isMonths(months)
  );
}

type CheckResult = ReturnType<typeof observationsResponseSchema.safeParse>;

/** observationsResponseSchema.safeParse, with the same result (unknown keys dropped likewise). */
export function checkObservationsResponse(value: unknown): CheckResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return observationsResponseSchema.safeParse(value);
  const { granularity, aggregate, points } = value as Record<string, unknown>;
  if (
    (granularity !== 'month' && granularity !== 'quarter') ||
    typeof aggregate !== 'boolean' ||
    !Array.isArray(points)
  )
    return observationsResponseSchema.safeParse(value);
  const checked: SeriesPoint[] = new Array<SeriesPoint>(points.length);
  for (let index = 0; index < points.length; index += 1) {
    const point: unknown = points[index];
    if (isPlainPoint(point)) {
      checked[index] = point;
      continue;
    }
    const parsed = seriesPointSchema.safeParse(point);
    // The whole response through the schema: its issue names the point's place in the list.
    if (!parsed.success) return observationsResponseSchema.safeParse(value);
    checked[index] = parsed.data;
  }
  const data: ObservationsResponse = { granularity, aggregate, points: checked };
  return { success: true, data } as CheckResult;
}

/** For the API client: the same check in the schema's shape. */
export const observationsResponseCheck = { safeParse: checkObservationsResponse };
