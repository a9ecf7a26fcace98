import { z } from 'zod';
import { idSchema, monthSchema } from './common';

export const observationSchema = z.object({
  indicatorId: idSchema,
  unitId: idSchema,
  period: monthSchema,
  /** null is a gap (not reported), never a zero. */
  value: z.number().finite().nullable(),
  note: z.string().max(300).optional(),
  /** The figure replaced an earlier published one. */
  revised: z.boolean().optional(),
});
export type Observation = z.infer<typeof observationSchema>;
