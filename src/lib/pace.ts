import { addMonths, compareIso, monthIndex } from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator, Target } from '@/schemas/indicator';

/*
 * 时间进度: how officials judge pace. Progress toward a target (from where the unit stood when the
 * target period began) against the share of the target period elapsed: "按时间进度应完成50.0%，
 * 实际完成46.3%". A projection to the due date continues the recent monthly pace in a straight
 * line and never goes past what the measure allows (a rate stops at 100 %, a count at 0).
 */

/** How many months the recent pace is measured over. */
export const RECENT_MONTHS = 3;
/** Half the display step of a share (0.1 %): closer than this, a unit is on pace. */
const ON_PACE_TOLERANCE = 0.0005;

export type PaceStatus = 'met' | 'ahead' | 'on-pace' | 'behind';

export type PaceInput = {
  direction: Indicator['direction'];
  /** The bounds a value can take: a rate [0, 100], a count [0, ∞), a change unbounded. */
  bounds: { min: number; max: number };
  /** The first month of the target period (its progress is counted from the month before). */
  start: string;
  due: string;
  target: number;
  /** Where the unit stood before `start`. */
  baseline: number;
  /** The month of the value judged. */
  month: string;
  value: number;
  /** An earlier value, for the recent pace; null when there is none. */
  earlier: { month: string; value: number } | null;
};

export type Pace = {
  /** Share of the target period elapsed at `month`, 0–1. */
  elapsed: number;
  /** Share of the way from the baseline to the target covered, may fall below 0 or exceed 1. */
  progress: number;
  status: PaceStatus;
  /** The value at the due date at the recent pace, within the bounds; null without a pace. */
  projected: number | null;
  /** Whether the projection reaches the target; null without a projection. */
  projectedMeets: boolean | null;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Months of the target period elapsed at the end of `month`, as a share of all its months. */
export function elapsedShare(start: string, due: string, month: string): number {
  const total = monthIndex(due) - monthIndex(start) + 1;
  if (total <= 0) return 1;
  return clamp((monthIndex(month) - monthIndex(start) + 1) / total, 0, 1);
}

const reaches = (direction: Indicator['direction'], value: number, target: number) =>
  direction === 'higher-better' ? value >= target : value <= target;

export function paceOf(input: PaceInput): Pace {
  const { direction, bounds, target, baseline, value, earlier } = input;
  const elapsed = elapsedShare(input.start, input.due, input.month);
  const span = target - baseline;
  const met = reaches(direction, value, target);
  const progress = span === 0 ? (met ? 1 : 0) : (value - baseline) / span;
  const gap = progress - elapsed;
  const status: PaceStatus = met
    ? 'met'
    : gap < -ON_PACE_TOLERANCE
      ? 'behind'
      : gap > ON_PACE_TOLERANCE
        ? 'ahead'
        : 'on-pace';
  const monthsLeft = monthIndex(input.due) - monthIndex(input.month);
  const pastMonths = earlier ? monthIndex(input.month) - monthIndex(earlier.month) : 0;
  let projected: number | null = null;
  if (monthsLeft <= 0) projected = value;
  else if (earlier && pastMonths > 0) {
    const monthly = (value - earlier.value) / pastMonths;
    projected = clamp(value + monthly * monthsLeft, bounds.min, bounds.max);
  }
  return {
    elapsed,
    progress,
    status,
    projected,
    projectedMeets: projected === null ? null : reaches(direction, projected, target),
  };
}

export function boundsOf(indicator: Indicator): PaceInput['bounds'] {
  if (indicator.unit === '%' && indicator.kind === 'rate') return { min: 0, max: 100 };
  if (indicator.kind === 'count') return { min: 0, max: Number.POSITIVE_INFINITY };
  return { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
}

const applies = (target: Target, unitId: string) =>
  unitId === 'all' ? target.unitId === null : target.unitId === null || target.unitId === unitId;

/**
 * The target a unit's pace is judged against at a month: the campaign's target (final) still to
 * fall due after it, else the next milestone; null when every target has fallen due (then it is
 * met or missed, not a question of pace). A unit's own target comes before the common one.
 */
export function paceTarget(indicator: Indicator, unitId: string, month: string): Target | null {
  const open = indicator.targets
    .filter((target) => applies(target, unitId) && target.due > month)
    .sort((a, b) => compareIso(a.due, b.due) || (a.unitId === null ? 1 : -1));
  const finals = open.filter((target) => (target.kind ?? 'final') === 'final');
  return finals[0] ?? open[0] ?? null;
}

/** The month a target's period starts: its own `from`, the indicator's `since`, else the data's first month. */
export const targetStart = (target: Target, indicator: Indicator, firstMonth: string) =>
  target.from ?? indicator.since ?? firstMonth;

export type PaceRow = {
  indicatorId: string;
  /** A unit id, or "all" for the selected units combined. */
  unitId: string;
  target: Target;
  start: string;
  baseline: number;
  month: string;
  value: number;
  pace: Pace;
};

/**
 * The pace of every unit × indicator with an open target, from monthly points (per unit, and
 * combined as "all"). `to` is the last month looked at; a unit is judged at its last reported
 * month up to it.
 */
export function paceRows(
  indicators: Indicator[],
  points: SeriesPoint[],
  to: string,
  firstMonth: string,
): PaceRow[] {
  // indicator → unit → month → value
  const byIndicator = new Map<string, Map<string, Map<string, number>>>();
  for (const point of points) {
    if (point.value === null || point.period.includes('Q') || point.period > to) continue;
    let units = byIndicator.get(point.indicatorId);
    if (!units) byIndicator.set(point.indicatorId, (units = new Map()));
    let months = units.get(point.unitId);
    if (!months) units.set(point.unitId, (months = new Map()));
    months.set(point.period, point.value);
  }
  const rows: PaceRow[] = [];
  for (const indicator of indicators) {
    for (const [unitId, months] of byIndicator.get(indicator.id) ?? []) {
      const sorted = [...months.keys()].sort();
      const month = sorted.at(-1);
      if (month === undefined) continue;
      const target = paceTarget(indicator, unitId, month);
      if (!target) continue;
      const start = targetStart(target, indicator, firstMonth);
      if (month < start) continue;
      const before = addMonths(start, -1);
      const baseline = months.get(before) ?? 0;
      const value = months.get(month) ?? 0;
      const recentFrom = addMonths(month, -RECENT_MONTHS);
      const earlierMonth = sorted.filter((m) => m <= recentFrom && m >= before).at(-1);
      const earlier =
        earlierMonth !== undefined
          ? { month: earlierMonth, value: months.get(earlierMonth) ?? 0 }
          : null;
      const pace = paceOf({
        direction: indicator.direction,
        bounds: boundsOf(indicator),
        start,
        due: target.due,
        target: target.value,
        baseline,
        month,
        value,
        earlier,
      });
      rows.push({ indicatorId: indicator.id, unitId, target, start, baseline, month, value, pace });
    }
  }
  return rows;
}

/** How far ahead (+) or behind (−) the elapsed share a row is, as a share. */
export const gapOf = (row: PaceRow) => row.pace.progress - row.pace.elapsed;
