import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import {
  indicatorsResponseSchema,
  initiativesResponseSchema,
  unitsResponseSchema,
} from '@/schemas/api';
import { forShownDataset, reportKeys } from './query-keys';

/** Units, initiatives and indicators: the catalogue every chart labels its data with. */
export const getUnits = (signal?: AbortSignal) =>
  getJson('/units', unitsResponseSchema, { signal });
export const getInitiatives = (signal?: AbortSignal) =>
  getJson('/initiatives', initiativesResponseSchema, { signal });
export const getIndicators = (signal?: AbortSignal) =>
  getJson('/indicators', indicatorsResponseSchema, { signal });

export const unitsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.units(),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getUnits(signal)),
    select: (data) => data.units,
  });
export const initiativesQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.initiatives(),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getInitiatives(signal)),
    select: (data) => data.initiatives,
  });
export const indicatorsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.indicators(),
    queryFn: ({ signal, queryKey }) => forShownDataset(queryKey, () => getIndicators(signal)),
    select: (data) => data.indicators,
  });

export const useUnits = () => useQuery(unitsQueryOptions());
export const useInitiatives = () => useQuery(initiativesQueryOptions());
export const useIndicators = () => useQuery(indicatorsQueryOptions());
