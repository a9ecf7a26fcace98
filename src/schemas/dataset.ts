import { z } from './zod';
import { isoDateSchema, labelSchema, monthSchema } from './common';

export const datasetMetaSchema = z.object({
  title: labelSchema,
  titleEn: labelSchema,
  /** The date the figures are "as of" (截至). */
  asOf: isoDateSchema,
  /** The months the observations span; the period filter offers exactly these. */
  firstMonth: monthSchema,
  lastMonth: monthSchema,
  source: labelSchema,
  sourceEn: labelSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Synthetic data: everything that shows or exports it is marked 示例数据. */
  isSample: z.boolean(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
