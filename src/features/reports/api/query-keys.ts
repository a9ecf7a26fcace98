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
