import { taskStatuses, type Task, type TaskStatus } from '@/schemas/task';
import type { DatasetIndex } from './dataset-index';
import { badRequest, type ParseResult } from './parse-query';

export type TaskQuery = {
  unitIds: string[] | null;
  initiativeIds: string[] | null;
  statuses: TaskStatus[] | null;
};

const list = (params: URLSearchParams, name: string) => {
  const items = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return items.length === 0 ? null : items;
};

export function parseTaskQuery(
  params: URLSearchParams,
  index: DatasetIndex,
): ParseResult<TaskQuery> {
  const unitIds = list(params, 'unit');
  const initiativeIds = list(params, 'initiative');
  const statuses = list(params, 'status');
  const errors = [
    ...(unitIds ?? [])
      .filter((id) => !index.unitIds.has(id))
      .map((id) => ({ name: 'unit', reason: `unknown unit ${JSON.stringify(id)}` })),
    ...(initiativeIds ?? [])
      .filter((id) => !index.initiativeIds.has(id))
      .map((id) => ({ name: 'initiative', reason: `unknown initiative ${JSON.stringify(id)}` })),
    ...(statuses ?? [])
      .filter((status) => !(taskStatuses as readonly string[]).includes(status))
      .map((status) => ({
        name: 'status',
        reason: `expected one of ${taskStatuses.join(', ')}, got ${JSON.stringify(status)}`,
      })),
  ];
  if (errors.length > 0) return { ok: false, problem: badRequest(errors) };
  return { ok: true, value: { unitIds, initiativeIds, statuses: statuses as TaskStatus[] | null } };
}

/** GET /tasks. A unit filter keeps the region's own tasks too: they concern every unit. */
export function queryTasks(index: DatasetIndex, query: TaskQuery): Task[] {
  return index.dataset.tasks.filter(
    (task) =>
      (query.unitIds === null || task.unitId === null || query.unitIds.includes(task.unitId)) &&
      (query.initiativeIds === null || query.initiativeIds.includes(task.initiativeId)) &&
      (query.statuses === null || query.statuses.includes(task.status)),
  );
}
