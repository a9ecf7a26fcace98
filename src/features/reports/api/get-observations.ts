import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import { observationsResponseSchema } from '@/schemas/api';
import { useKeptOnError } from './keep-on-error';
import { reportKeys, type ObservationParams } from './query-keys';

export const getObservations = (params: ObservationParams, signal?: AbortSignal) =>
  getJson('/observations', observationsResponseSchema, {
    signal,
    params: {
      indicator: params.indicators,
      unit: params.units,
      initiative: params.initiatives,
      from: params.from,
      to: params.to,
      granularity: params.granularity,
      aggregate: params.aggregate,
    },
  });

export const observationsQueryOptions = (params: ObservationParams) =>
  queryOptions({
    queryKey: reportKeys.observations(params),
    queryFn: ({ signal }) => getObservations(params, signal),
    // While new filters load, the chart keeps showing the previous numbers instead of a blank.
    placeholderData: keepPreviousData,
  });

export const useObservations = (params: ObservationParams, options: { enabled?: boolean } = {}) =>
  useKeptOnError(
    useQuery({ ...observationsQueryOptions(params), enabled: options.enabled ?? true }),
  );
