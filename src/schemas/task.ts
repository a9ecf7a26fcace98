import { z } from './zod';
import { idSchema, isoDateSchema, labelSchema } from './common';

export const taskStatuses = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskSchema = z
  .object({
    id: idSchema,
    initiativeId: idSchema,
    title: labelSchema,
    titleEn: labelSchema,
    owner: labelSchema,
    ownerEn: labelSchema,
    /** The unit responsible; null for the regional committee itself. */
    unitId: z.nullable(idSchema),
    due: isoDateSchema,
    status: taskStatusSchema,
    progress: z.number().check(z.gte(0), z.lte(100)),
    /**
     * A task measured by the data: done when the unit's figure of the indicator (the combined one for
     * the committee's own task) meets `target` by the due date. Status and progress then follow the data.
     */
    measure: z.optional(z.object({ indicatorId: idSchema, target: z.number() })),
  })
  .check(
    z.refine((task) => task.status !== 'not-started' || task.progress === 0, {
      error: 'a task not started has no progress: status not-started needs progress 0',
      path: ['progress'],
    }),
  );
export type Task = z.infer<typeof taskSchema>;
