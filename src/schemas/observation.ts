import { z } from 'zod';
import { idSchema, isoDateSchema, monthSchema } from './common';

export const observationSchema = z.object({
  indicatorId: idSchema,
  unitId: idSchema,
  period: monthSchema,
  /** null is a gap (not reported), never a zero. */
  value: z.number().finite().nullable(),
  note: z.string().max(300).optional(),
  /** The figure replaced an earlier published one. */
  revised: z.boolean().optional(),
  /** With `revised`: the figure first reported (原报), null if it was first reported as missing. */
  previousValue: z.number().finite().nullable().optional(),
  /** With `revised`: the date the figure was corrected. */
  revisedAt: isoDateSchema.optional(),
});
export type Observation = z.infer<typeof observationSchema>;
