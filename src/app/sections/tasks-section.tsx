import { useState } from 'react';
import { CardError, StaleNotice } from '@/features/charts/card-states';
import { useTasks } from '@/features/reports/api/get-tasks';
import { formatDate } from '@/lib/format';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { compareIso } from '@/lib/periods';
import { AT_RISK_DAYS } from '@/lib/task-risk';
import type { Task } from '@/schemas/task';
import { ReportSection } from './report-section';
import { TableExportActions } from './table-export-actions';
import { taskTable, withRisk } from './task-table';
import { useDashboardView } from '../dashboard-view';
import { useTasksFromData } from '../task-data';
import { SortableHeader, type SortState } from '@/components/ui/sortable-header';

type SortKey = 'title' | 'owner' | 'due' | 'status' | 'progress';
const statusOrder: Record<Task['status'], number> = {
  overdue: 0,
  'in-progress': 1,
  'not-started': 2,
  done: 3,
};

export function sortTasks(
  tasks: Task[],
  key: SortKey,
  ascending: boolean,
  language: 'zh-CN' | 'en',
): Task[] {
  const text = (task: Task) =>
    key === 'title'
      ? pickLabel(language, task.title, task.titleEn)
      : pickLabel(language, task.owner, task.ownerEn);
  const compare = (a: Task, b: Task) => {
    if (key === 'progress') return a.progress - b.progress;
    if (key === 'status') return statusOrder[a.status] - statusOrder[b.status];
    if (key === 'due') return compareIso(a.due, b.due);
    return text(a).localeCompare(text(b), language);
  };
  return [...tasks].sort(
    (a, b) => (ascending ? compare(a, b) : -compare(a, b)) || compareIso(a.id, b.id),
  );
}

/** 任务清单: the campaign's task list, sortable by every column. */
export function TasksSection() {
  const t = useT();
  const view = useDashboardView();
  const [sort, setSort] = useState<SortState<SortKey>>({
    key: 'status',
    ascending: true,
  });
  const query = useTasks({
    ...(view.filters.units.length > 0 && { units: view.filters.units }),
    ...(view.filters.initiatives.length > 0 && { initiatives: view.filters.initiatives }),
  });
  const columns: Array<{ key: SortKey; label: string }> = [
    { key: 'title', label: t('tasks.task') },
    { key: 'owner', label: t('tasks.owner') },
    { key: 'due', label: t('tasks.due') },
    { key: 'status', label: t('tasks.status') },
    { key: 'progress', label: t('tasks.progress') },
  ];
  // A task measured by an indicator follows the data, so that the list never contradicts the charts.
  const fromData = useTasksFromData(view, query.data);
  const tasks = fromData ? sortTasks(fromData, sort.key, sort.ascending, view.language) : [];
  // The tasks carry no start date: their time is counted from the campaign's first month.
  const rows = withRisk(tasks, view.meta.asOf, `${view.meta.firstMonth}-01`);
  const overdue = rows.filter((row) => row.risk === 'overdue').length;
  const atRisk = rows.filter((row) => row.risk === 'at-risk').length;

  let body;
  if (!query.data && query.isError)
    body = <CardError error={query.error} onRetry={query.refetch} />;
  else if (!query.data) body = <div className="skeleton" aria-hidden="true" />;
  else if (tasks.length === 0) body = <p className="card-empty">{t('tasks.empty')}</p>;
  else
    body = (
      <div className="table-scroll">
        <table className="data-table task-table">
          <caption className="visually-hidden">{t('section.tasks')}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortableHeader key={column.key} column={column} sort={sort} onSort={setSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ task, risk }) => (
              <tr
                key={task.id}
                className={`task task--${task.status}${risk ? ` task--${risk}` : ''}`}
              >
                <th scope="row">{pickLabel(view.language, task.title, task.titleEn)}</th>
                <td data-label={t('tasks.owner')}>
                  {pickLabel(view.language, task.owner, task.ownerEn)}
                </td>
                <td data-label={t('tasks.due')}>{formatDate(task.due, view.language)}</td>
                <td data-label={t('tasks.status')}>
                  <span className={`status-pill status-pill--${task.status}`}>
                    {t(`tasks.status.${task.status}`)}
                  </span>
                  {risk === 'at-risk' && (
                    <span className="status-pill status-pill--at-risk">
                      {t('tasks.risk.at-risk')}
                    </span>
                  )}
                </td>
                <td data-label={t('tasks.progress')}>
                  <div className="progress">
                    <progress
                      max={100}
                      value={task.progress}
                      aria-label={t('tasks.progressOf', {
                        task: pickLabel(view.language, task.title, task.titleEn),
                      })}
                    />
                    <span>{task.progress}%</span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <ReportSection headingId="tasks-heading" title={t('section.tasks')}>
      <div className="card card--wide" data-card="tasks" aria-busy={query.isFetching}>
        {query.data && tasks.length > 0 && (
          <header className="card__header">
            <p className="task-risk-summary">
              {t('tasks.riskSummary', {
                overdue,
                atRisk,
                days: AT_RISK_DAYS,
                asOf: formatDate(view.meta.asOf, view.language),
              })}
            </p>
            <div className="card__tools">
              <TableExportActions
                table={taskTable(rows, view.language)}
                title={t('section.tasks')}
              />
            </div>
          </header>
        )}
        {query.data && query.isError && <StaleNotice error={query.error} onRetry={query.refetch} />}
        {body}
      </div>
    </ReportSection>
  );
}
