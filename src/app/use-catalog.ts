import { useMemo } from 'react';
import { useIndicators, useInitiatives, useUnits } from '@/features/reports/api/get-catalog';
import { useMeta } from '@/features/reports/api/get-meta';
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
