import type { QueryClient } from '@tanstack/react-query';
import { tasksQueryOptions } from '@/features/reports/api/get-tasks';
import { formatPeriod, formatValue } from '@/lib/format';
import { pickLabel, translate } from '@/lib/i18n/translate';
import { listNames } from '@/lib/name-list';
import type { PaceRow } from '@/lib/pace';
import { AT_RISK_DAYS } from '@/lib/task-risk';
import type { Task } from '@/schemas/task';
import type { DashboardView } from './dashboard-view';
import { behindRows, loadPaceRows } from './pace-report';
import { withRisk } from './sections/task-table';

/*
 * 下一步工作: what the figures ask of the offices, drawn from the same 进度预警 rows and task risks
 * the page shows: units behind 时间进度 on a target, tasks due soon that lag, tasks overdue.
 */

type Values = Record<string, string | number>;

/** "（一）" / "(1) ". */
const itemNumber = (index: number, language: DashboardView['language']) =>
  language === 'en' ? `(${index}) ` : `（${'一二三四五六七八九十'[index - 1] ?? index}）`;

export function nextStepsText(
  behind: PaceRow[],
  tasks: Array<{ task: Task; risk: 'overdue' | 'at-risk' | null }>,
  view: DashboardView,
): string[] {
  const t = (key: Parameters<typeof translate>[1], values?: Values) =>
    translate(view.language, key, values);
  const list = (names: string[]) => listNames(names, view.language);
  const unitName = (id: string) => view.unitLabels.find((unit) => unit.id === id)?.label ?? id;
  const taskName = (task: Task) => pickLabel(view.language, task.title, task.titleEn);
  const items: string[] = [];

  // One item per indicator and target: the units behind pace on it, furthest behind first.
  const groups = new Map<string, PaceRow[]>();
  for (const row of behind) {
    const key = `${row.indicatorId}|${row.target.value}|${row.target.due}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const rows of groups.values()) {
    const first = rows[0];
    const indicator = first && view.indicator(first.indicatorId);
    if (!first || !indicator) continue;
    items.push(
      t('brief.next.pace', {
        units: list(rows.map((row) => unitName(row.unitId))),
        indicator: pickLabel(view.language, indicator.name, indicator.nameEn),
        due: t('pace.dueBy', { month: formatPeriod(first.target.due, view.language) }),
        target: formatValue(first.target.value, indicator.unit, view.language),
      }),
    );
  }
  const atRisk = tasks.filter((item) => item.risk === 'at-risk').map((item) => item.task);
  if (atRisk.length > 0)
    items.push(
      t('brief.next.tasksAtRisk', { tasks: list(atRisk.map(taskName)), days: AT_RISK_DAYS }),
    );
  const overdue = tasks.filter((item) => item.risk === 'overdue').map((item) => item.task);
  if (overdue.length > 0)
    items.push(t('brief.next.overdue', { tasks: list(overdue.map(taskName)) }));
  if (items.length === 0) items.push(t('brief.next.none'));
  return items.map((text, index) => itemNumber(index + 1, view.language) + text);
}

/** Outside React, for the Word export: from React Query's cache, or fetched. */
export async function loadNextSteps(client: QueryClient, view: DashboardView): Promise<string[]> {
  const [pace, response] = await Promise.all([
    loadPaceRows(client, view),
    client.ensureQueryData(
      tasksQueryOptions({
        ...(view.filters.units.length > 0 && { units: view.filters.units }),
        ...(view.filters.initiatives.length > 0 && { initiatives: view.filters.initiatives }),
      }),
    ),
  ]);
  const tasks = withRisk(response.tasks, view.meta.asOf, `${view.meta.firstMonth}-01`);
  return nextStepsText(behindRows(pace), tasks, view);
}
