import { z } from './zod';
import { idSchema, labelSchema } from './common';

/**
 * Administrative levels, top down. The region, its 12 league/city units and the counties (旗县市区,
 * `parentId` their 盟市) carry data; townships and villages are here so that they can arrive later
 * without a schema change.
 */
export const unitLevels = ['region', 'league-city', 'county', 'township', 'village'] as const;
export const unitLevelSchema = z.enum(unitLevels);

export const unitSchema = z.object({
  id: idSchema,
  name: labelSchema,
  nameEn: labelSchema,
  level: unitLevelSchema,
  /** 市 or 盟 for the league/city level; lets the filter offer "the 9 cities" and "the 3 leagues". */
  kind: z.enum(['region', 'city', 'league', 'other']),
  parentId: z.nullable(idSchema),
  /** Border units take part in 三务合一. */
  border: z._default(z.boolean(), false),
});
export type Unit = z.infer<typeof unitSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
