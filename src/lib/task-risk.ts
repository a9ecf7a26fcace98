import type { Task } from '@/schemas/task';

/*
 * Tasks at risk (临期滞后): not done, due within the next 30 days, and with less progress than
 * the share of their time already elapsed. Overdue tasks are marked as such. "Today" is the data's
 * as-of date, not the machine's clock, so that a briefing as of June reads the same in July.
 */

export const AT_RISK_DAYS = 30;

export type TaskRisk = 'overdue' | 'at-risk' | null;

const DAY = 24 * 60 * 60 * 1000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Share of a task's time elapsed on `today`, 0–1, counted from `start` to its due date. */
export function taskElapsedShare(start: string, due: string, today: string): number {
  const total = dayNumber(due) - dayNumber(start);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, (dayNumber(today) - dayNumber(start)) / total));
}

/** Days from `today` to the task's due date; negative when past. */
export const daysLeft = (task: Pick<Task, 'due'>, today: string) =>
  dayNumber(task.due) - dayNumber(today);

/**
 * @param start when the task's time began: the tasks carry no start date of their own, so the
 *   caller passes the campaign's (the data's first month).
 */
export function taskRisk(
  task: Pick<Task, 'status' | 'due' | 'progress'>,
  today: string,
  start: string,
): TaskRisk {
  if (task.status === 'done') return null;
  const left = daysLeft(task, today);
  if (task.status === 'overdue' || left < 0) return 'overdue';
  if (left > AT_RISK_DAYS) return null;
  return task.progress / 100 < taskElapsedShare(start, task.due, today) ? 'at-risk' : null;
}
