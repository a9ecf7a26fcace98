import { z } from './zod';
import { idSchema, isoDateSchema, monthSchema } from './common';

export const observationSchema = z.object({
  indicatorId: idSchema,
  unitId: idSchema,
  period: monthSchema,
  /** null is a gap (not reported), never a zero. */
  value: z.nullable(z.number()),
  note: z.optional(z.string().check(z.maxLength(300))),
  /** The figure replaced an earlier published one. */
  revised: z.optional(z.boolean()),
  /** With `revised`: the figure first reported (原报), null if it was first reported as missing. */
  previousValue: z.optional(z.nullable(z.number())),
  /** With `revised`: the date the figure was corrected. */
  revisedAt: z.optional(isoDateSchema),
});
export type Observation = z.infer<typeof observationSchema>;
