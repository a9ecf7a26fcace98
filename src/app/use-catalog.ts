import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  indicatorsQueryOptions,
  initiativesQueryOptions,
  unitsQueryOptions,
  useIndicators,
  useInitiatives,
  useUnits,
} from '@/features/reports/api/get-catalog';
import { metaQueryOptions, useMeta } from '@/features/reports/api/get-meta';
import type { DatasetMeta } from '@/schemas/dataset';
import type { Indicator } from '@/schemas/indicator';
import type { Initiative } from '@/schemas/initiative';
import type { Unit } from '@/schemas/unit';

export type Catalog = {
  meta: DatasetMeta;
  units: Unit[];
  indicators: Indicator[];
  initiatives: Initiative[];
};

/** The dataset's catalogue, once all four parts have loaded; the queries, for their errors and retries. */
export function useCatalog() {
  const meta = useMeta();
  const units = useUnits();
  const indicators = useIndicators();
  const initiatives = useInitiatives();
  const catalog = useMemo<Catalog | null>(
    () =>
      meta.data && units.data && indicators.data && initiatives.data
        ? {
            meta: meta.data,
            units: units.data,
            indicators: indicators.data,
            initiatives: initiatives.data,
          }
        : null,
    [meta.data, units.data, indicators.data, initiatives.data],
  );
  return { catalog, queries: [meta, units, indicators, initiatives] as const };
}

/**
 * Asks for the catalogue of the dataset shown, as soon as it is known: the dashboard's first
 * render (120–250 ms at CPU ×1) then finds the four requests under way instead of starting them.
 */
export function prefetchCatalog(client: QueryClient) {
  void client.prefetchQuery(metaQueryOptions());
  void client.prefetchQuery(unitsQueryOptions());
  void client.prefetchQuery(indicatorsQueryOptions());
  void client.prefetchQuery(initiativesQueryOptions());
}
