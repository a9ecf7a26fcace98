import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { periodsOf } from '@/lib/periods';
import type { ObservationsResponse } from '@/schemas/api';
import { useKeptOnError } from './keep-on-error';
import { fetchObservations } from './observations-batch';
import { forShownDataset, reportKeys, type ObservationParams } from './query-keys';

/**
 * The response, with the periods it was asked for. A card shapes its figures by these, not by the
 * current filters, so that figures kept on screen while new ones load (or fail) still line up.
 */
export type ObservationsResult = ObservationsResponse & {
  periods: string[];
  /** The units asked for; null for the default (every league/city unit). */
  units: string[] | null;
};

const requestedPeriods = (params: ObservationParams, response: ObservationsResponse) =>
  params.from && params.to
    ? periodsOf(params.from, params.to, response.granularity)
    : [...new Set(response.points.map((point) => point.period))].sort();

/** One GET /observations; the requests of one render travel together (observations-batch.ts). */
export const getObservations = (params: ObservationParams, signal?: AbortSignal) =>
  fetchObservations(
    {
      indicator: params.indicators,
      unit: params.units,
      initiative: params.initiatives,
      from: params.from,
      to: params.to,
      granularity: params.granularity,
      aggregate: params.aggregate,
    },
    signal,
  );

export const observationsQueryOptions = (params: ObservationParams) =>
  queryOptions({
    queryKey: reportKeys.observations(params),
    queryFn: ({ signal, queryKey }) =>
      forShownDataset(queryKey, async (): Promise<ObservationsResult> => {
        const response = await getObservations(params, signal);
        return {
          ...response,
          periods: requestedPeriods(params, response),
          units: params.units && params.units.length > 0 ? [...params.units] : null,
        };
      }),
    // While new filters load, the chart keeps showing the previous numbers instead of a blank.
    placeholderData: keepPreviousData,
  });

export const useObservations = (params: ObservationParams, options: { enabled?: boolean } = {}) =>
  useKeptOnError(
    useQuery({ ...observationsQueryOptions(params), enabled: options.enabled ?? true }),
  );
