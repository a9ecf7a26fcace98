import { z } from './zod';
import { idSchema, labelSchema } from './common';

/** The report's three sections, in the report's order. */
export const sectionIds = ['research', 'case-resolution', 'city-pilots'] as const;
export const sectionIdSchema = z.enum(sectionIds);
export type SectionId = z.infer<typeof sectionIdSchema>;

export const initiativeSchema = z.object({
  id: idSchema,
  section: sectionIdSchema,
  name: labelSchema,
  nameEn: labelSchema,
  /** A city pilot brand (德润青城, 包你满意 …) belongs to the unit that built it. */
  brand: z.boolean(),
  ownerUnitId: z.nullable(idSchema),
  summary: z.string().check(z.maxLength(500)),
  summaryEn: z.string().check(z.maxLength(500)),
});
export type Initiative = z.infer<typeof initiativeSchema>;
