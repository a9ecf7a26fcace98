import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import { tasksResponseSchema } from '@/schemas/api';
import { useKeptOnError } from './keep-on-error';
import { forShownDataset, reportKeys, type TaskParams } from './query-keys';

export const getTasks = (params: TaskParams, signal?: AbortSignal) =>
  getJson('/tasks', tasksResponseSchema, {
    signal,
    params: { unit: params.units, initiative: params.initiatives, status: params.statuses },
  });

export const tasksQueryOptions = (params: TaskParams) =>
  queryOptions({
    queryKey: reportKeys.tasks(params),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getTasks(params, signal)),
    select: (data) => data.tasks,
    placeholderData: keepPreviousData,
  });

export const useTasks = (params: TaskParams) => useKeptOnError(useQuery(tasksQueryOptions(params)));
