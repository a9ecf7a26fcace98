import type { QueryClient } from '@tanstack/react-query';
import { observationsQueryOptions, useObservations } from '@/features/reports/api/get-observations';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import { attainmentOf, withAttainment } from '@/lib/figure-policy/task-attainment';
import type { SeriesPoint } from '@/schemas/api';
import type { Task } from '@/schemas/task';
import type { DashboardView } from './dashboard-view';

/*
 * Tasks measured by an indicator take status and progress from the data (as of the dataset's
 * date), so that the task list and the briefing never contradict the charts.
 */

function request(view: DashboardView, tasks: readonly Task[]): ObservationParams | null {
  const measured = tasks.filter((task) => task.measure && task.unitId !== null);
  if (measured.length === 0) return null;
  return {
    indicators: [...new Set(measured.map((task) => task.measure!.indicatorId))].sort(),
    units: [...new Set(measured.map((task) => task.unitId as string))].sort(),
    from: view.meta.firstMonth,
    to: view.meta.lastMonth,
  };
}

function apply(view: DashboardView, tasks: Task[], points: readonly SeriesPoint[]): Task[] {
  return tasks.map((task) => {
    const indicator = task.measure ? view.indicator(task.measure.indicatorId) : undefined;
    if (!indicator) return task;
    return withAttainment(task, attainmentOf(task, indicator, points), view.meta.asOf);
  });
}

/** The tasks with their measured ones brought in line with the data (as given until it loads). */
export function useTasksFromData(view: DashboardView, tasks: Task[] | undefined) {
  const params = request(view, tasks ?? []);
  const query = useObservations(params ?? {}, { enabled: params !== null });
  if (!tasks || params === null || !query.data) return tasks;
  return apply(view, tasks, query.data.points);
}

export async function loadTasksFromData(
  client: QueryClient,
  view: DashboardView,
  tasks: Task[],
): Promise<Task[]> {
  const params = request(view, tasks);
  if (params === null) return tasks;
  const { points } = await client.ensureQueryData(observationsQueryOptions(params));
  return apply(view, tasks, points);
}
