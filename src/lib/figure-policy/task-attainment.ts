import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import type { Task } from '@/schemas/task';
import { meets } from './targets';

/*
 * A task tied to an indicator and a target ("赤峰市积案化解率达到阶段目标") takes its attainment from
 * the data, so that the task list never contradicts the charts: met when the unit's latest figure
 * by the due month meets the target; otherwise overdue after the due date, else in progress, with
 * progress as the share of the target reached.
 */

export type Attainment = { value: number; period: string; met: boolean };

/** The unit's (or, for the committee's own task, the combined) latest figure by the task's due month. */
export function attainmentOf(
  task: Task,
  indicator: Indicator,
  points: readonly SeriesPoint[],
): Attainment | null {
  if (!task.measure || task.measure.indicatorId !== indicator.id) return null;
  const unitId = task.unitId ?? 'all';
  const dueMonth = task.due.slice(0, 7);
  const latest = points
    .filter(
      (point) =>
        point.indicatorId === indicator.id &&
        point.unitId === unitId &&
        point.value !== null &&
        point.period <= dueMonth,
    )
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .at(-1);
  if (!latest || latest.value === null) return null;
  return {
    value: latest.value,
    period: latest.period,
    met: meets(indicator, latest.value, task.measure.target),
  };
}

/** The task as the data has it: status and progress from its attainment, on the day `today`. */
export function withAttainment(task: Task, attainment: Attainment | null, today: string): Task {
  if (!task.measure || attainment === null) return task;
  const target = task.measure.target;
  if (attainment.met) return { ...task, status: 'done', progress: 100 };
  const share = target === 0 ? 0 : Math.round((attainment.value / target) * 100);
  return {
    ...task,
    status: today > task.due ? 'overdue' : 'in-progress',
    progress: Math.max(0, Math.min(99, share)),
  };
}
