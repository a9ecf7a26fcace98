import type { Indicator, Target } from '@/schemas/indicator';

/*
 * Which target a figure is judged against. A target has a kind (interim 阶段目标 / final 目标) and a
 * due month; it is never shown without them, so that a 55 % milestone is not read as the 85 % goal.
 */

/** Quarters are judged at their last month: "2024-Q2" → "2024-06". */
export const endMonthOf = (period: string) => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}` : period;
};

/** The targets that apply to one unit (its own and the general ones), or with 'all' to several units combined (the general ones). */
export function targetsFor(indicator: Indicator, unitId: string | 'all'): Target[] {
  const general = indicator.targets.filter((target) => target.unitId === null);
  if (unitId === 'all') return sortByDue(general);
  const own = indicator.targets.filter((target) => target.unitId === unitId);
  // A unit's own target replaces the general one due in the same month.
  const ownDue = new Set(own.map((target) => target.due));
  return sortByDue([...own, ...general.filter((target) => !ownDue.has(target.due))]);
}

const sortByDue = (targets: Target[]) =>
  [...targets].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

/**
 * The target a value at `period` is judged against: the latest one already due (a milestone that
 * has passed is a fact: met or not), or, before the first falls due, the first one ahead.
 */
export function targetInForce(
  indicator: Indicator,
  period: string,
  unitId: string | 'all',
): Target | null {
  const month = endMonthOf(period);
  const targets = targetsFor(indicator, unitId);
  return targets.filter((target) => target.due <= month).at(-1) ?? targets[0] ?? null;
}

/** The next target after the one in force (the year-end 85 % beside the 55 % milestone), if any. */
export function nextTarget(
  indicator: Indicator,
  period: string,
  unitId: string | 'all',
): Target | null {
  const month = endMonthOf(period);
  return targetsFor(indicator, unitId).find((target) => target.due > month) ?? null;
}

/** The campaign's target: the last final one (absent kind means final), else the last of all. */
export function finalTargetOf(indicator: Indicator, unitId: string | 'all' = 'all'): Target | null {
  const targets = targetsFor(indicator, unitId);
  return targets.filter((target) => target.kind !== 'interim').at(-1) ?? targets.at(-1) ?? null;
}

export const targetKind = (target: Target) => target.kind ?? 'final';

/** Met in the indicator's direction: at or above for higher-better, at or below for lower-better. */
export const meets = (indicator: Indicator, value: number, bar: number) =>
  indicator.direction === 'higher-better' ? value >= bar : value <= bar;
