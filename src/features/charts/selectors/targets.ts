import type { Indicator, Target } from '@/schemas/indicator';

const applies = (target: Target, unitId: string) =>
  target.unitId === null || target.unitId === unitId;

/** Quarters are judged at their last month: "2024-Q2" → "2024-06". */
const endMonth = (period: string) => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}` : period;
};

/**
 * The target a value is judged against at a period: the latest milestone already due, or, before
 * the first one falls due, that first milestone (the bar being worked towards). "all" stands for
 * the selected units combined, judged by the targets that apply to every unit.
 */
export function targetInForce(indicator: Indicator, period: string, unitId: string): number | null {
  const month = endMonth(period);
  const targets = indicator.targets
    .filter((target) => (unitId === 'all' ? target.unitId === null : applies(target, unitId)))
    .sort((a, b) => (a.due < b.due ? -1 : 1));
  if (targets.length === 0) return null;
  const due = targets.filter((target) => target.due <= month);
  return (due.at(-1) ?? targets[0])?.value ?? null;
}

/** The last milestone, e.g. the year-end 85 %. */
export function finalTarget(indicator: Indicator, unitId = 'all'): Target | null {
  const targets = indicator.targets.filter((target) =>
    unitId === 'all' ? target.unitId === null : applies(target, unitId),
  );
  return [...targets].sort((a, b) => (a.due < b.due ? -1 : 1)).at(-1) ?? null;
}

export type Tone = 'better' | 'worse' | 'neutral';

/** Better or worse in the indicator's own direction: against its target, or for a change, against zero. */
export function toneOf(indicator: Indicator, value: number | null, target: number | null): Tone {
  if (value === null) return 'neutral';
  const reference = target ?? (indicator.kind === 'change' ? 0 : null);
  if (reference === null) return 'neutral';
  const better = indicator.direction === 'higher-better' ? value >= reference : value <= reference;
  return better ? 'better' : 'worse';
}
