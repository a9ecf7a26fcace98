import { z } from 'zod';
import { idSchema, labelSchema } from './common';

/**
 * Administrative levels, top down. Only the region and its 12 league/city units carry data today;
 * the lower levels are here so that county-level data can arrive without a schema change.
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
  parentId: idSchema.nullable(),
  /** Border units take part in 三务合一. */
  border: z.boolean().default(false),
});
export type Unit = z.infer<typeof unitSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
