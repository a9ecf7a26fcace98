import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import { narrativeResponseSchema } from '@/schemas/api';
import { forShownDataset, reportKeys } from './query-keys';

export const getNarrative = (signal?: AbortSignal) =>
  getJson('/narrative', narrativeResponseSchema, { signal });

export const narrativeQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.narrative(),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getNarrative(signal)),
    select: (data) => data.sentences,
  });

export const useNarrative = () => useQuery(narrativeQueryOptions());
