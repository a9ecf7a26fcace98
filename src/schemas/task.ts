import { z } from 'zod';
import { idSchema, isoDateSchema, labelSchema } from './common';

export const taskStatuses = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  title: labelSchema,
  titleEn: labelSchema,
  owner: labelSchema,
  ownerEn: labelSchema,
  /** The unit responsible; null for the regional committee itself. */
  unitId: idSchema.nullable(),
  due: isoDateSchema,
  status: taskStatusSchema,
  progress: z.number().min(0).max(100),
});
export type Task = z.infer<typeof taskSchema>;
