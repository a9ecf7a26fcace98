import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import { metaResponseSchema } from '@/schemas/api';
import { forShownDataset, reportKeys } from './query-keys';

export const getMeta = (signal?: AbortSignal) => getJson('/meta', metaResponseSchema, { signal });

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.meta(),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getMeta(signal)),
  });

export const useMeta = () => useQuery(metaQueryOptions());
