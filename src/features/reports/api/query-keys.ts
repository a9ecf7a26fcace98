import type { QueryKey } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { activeDataSource } from '@/lib/data-source';
import type { Granularity } from '@/schemas/api';
import type { TaskStatus } from '@/schemas/task';

export type ObservationParams = {
  indicators?: readonly string[];
  units?: readonly string[];
  initiatives?: readonly string[];
  from?: string;
  to?: string;
  granularity?: Granularity;
  aggregate?: boolean;
};

export type TaskParams = {
  units?: readonly string[];
  initiatives?: readonly string[];
  statuses?: readonly TaskStatus[];
};

/** One key factory for the report API, from generic to specific; filters are part of the keys. */
export const reportKeys = {
  /** The active dataset is part of every key, so switching datasets never shows another's figures. */
  get all() {
    return ['report', activeDataSource().id] as const;
  },
  meta: () => [...reportKeys.all, 'meta'] as const,
  units: () => [...reportKeys.all, 'units'] as const,
  initiatives: () => [...reportKeys.all, 'initiatives'] as const,
  indicators: () => [...reportKeys.all, 'indicators'] as const,
  observations: (params: ObservationParams) => [...reportKeys.all, 'observations', params] as const,
  tasks: (params: TaskParams) => [...reportKeys.all, 'tasks', params] as const,
  narrative: () => [...reportKeys.all, 'narrative'] as const,
};

/**
 * A report query's fetch, refused when its key names a dataset no longer shown: the request would go
 * to the dataset shown now (the API client asks the current source) and its answer be kept under the
 * other's key, to show as that dataset's figures later (a retry of a request cut off by a switch, in
 * the moment before the page follows it). Refused as a 410, which is not retried.
 */
export function forShownDataset<T>(queryKey: QueryKey, fetch: () => Promise<T>): Promise<T> {
  const [scope, sourceId] = queryKey;
  if (scope === 'report' && sourceId !== activeDataSource().id)
    return Promise.reject(datasetChanged());
  return fetch();
}

export const datasetChanged = () =>
  new ApiError('http', '', 'the dataset shown has changed since this query began', { status: 410 });
