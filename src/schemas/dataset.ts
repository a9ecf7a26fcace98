import { z } from 'zod';
import { isoDateSchema, labelSchema } from './common';

export const datasetMetaSchema = z.object({
  title: labelSchema,
  titleEn: labelSchema,
  /** The date the figures are "as of" (截至). */
  asOf: isoDateSchema,
  source: labelSchema,
  sourceEn: labelSchema,
  version: z.string().min(1).max(40),
  /** Synthetic data: everything that shows or exports it is marked 示例数据. */
  isSample: z.boolean(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
