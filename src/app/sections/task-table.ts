import type { DataTable } from '@/lib/data-table';
import type { Language } from '@/lib/i18n/language-store';
import { pickLabel, translate } from '@/lib/i18n/translate';
import { taskRisk, type TaskRisk } from '@/lib/task-risk';
import type { Task } from '@/schemas/task';

/** Each task with its risk on the data's as-of date. */
export const withRisk = (tasks: Task[], today: string, start: string) =>
  tasks.map((task) => ({ task, risk: taskRisk(task, today, start) }));

/** The task list as a table for CSV and Excel: the columns on screen, the warning in words. */
export function taskTable(
  rows: Array<{ task: Task; risk: TaskRisk }>,
  language: Language,
): DataTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    caption: t('section.tasks'),
    columns: [
      { key: 'task', label: t('tasks.task') },
      { key: 'owner', label: t('tasks.owner') },
      { key: 'due', label: t('tasks.due') },
      { key: 'status', label: t('tasks.status') },
      { key: 'progress', label: t('tasks.progress'), unit: '%' },
      { key: 'risk', label: t('tasks.risk') },
    ],
    rows: rows.map(({ task, risk }) => ({
      task: pickLabel(language, task.title, task.titleEn),
      owner: pickLabel(language, task.owner, task.ownerEn),
      due: task.due,
      status: t(`tasks.status.${task.status}`),
      progress: task.progress,
      risk: risk === null ? '' : t(`tasks.risk.${risk}`),
    })),
  };
}
