import { z } from './zod';
import { idSchema, labelSchema, monthSchema } from './common';

export const measureUnits = [
  '件',
  '万件',
  '项',
  '个',
  '支',
  '次',
  '条',
  '篇',
  '%',
  '个百分点',
] as const;
export const measureUnitSchema = z.enum(measureUnits);
export type MeasureUnit = z.infer<typeof measureUnitSchema>;

export const targetSchema = z.object({
  value: z.number(),
  /** The month by which the value must be reached. */
  due: monthSchema,
  /** The unit the target applies to; null means every unit and the region. */
  unitId: z.nullable(idSchema),
  /** interim: a milestone on the way (阶段目标, 55 % by June); final (also when absent): the campaign's target (85 %). */
  kind: z.optional(z.enum(['interim', 'final'])),
  /** The month progress towards this target is counted from (for 时间进度); default: the indicator's `since`, else the dataset's first month. */
  from: z.optional(monthSchema),
});
export type Target = z.infer<typeof targetSchema>;

/**
 * How values of several units combine into one (the region, a group of units):
 * counts add up, a rate of two counts is recomputed from them, other rates are averaged.
 */
export const rollupSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('sum') }),
  /** An unweighted mean of the units' values: never called 合计, always labelled as a mean. */
  z.object({ method: z.literal('mean') }),
  /** Not combinable (rates whose counts are not published): shown per unit only. */
  z.object({ method: z.literal('none') }),
  z.object({
    method: z.literal('ratio'),
    numeratorId: idSchema,
    denominatorId: idSchema,
    scale: z.number().check(z.positive()),
  }),
]);
export type Rollup = z.infer<typeof rollupSchema>;

export const indicatorSchema = z
  .object({
    id: idSchema,
    initiativeId: idSchema,
    name: labelSchema,
    nameEn: labelSchema,
    unit: measureUnitSchema,
    /** 口径: how the figure is counted. */
    definition: z.string().check(z.minLength(1), z.maxLength(600)),
    definitionEn: z.string().check(z.minLength(1), z.maxLength(600)),
    direction: z.enum(['higher-better', 'lower-better']),
    kind: z.enum(['count', 'rate', 'change']),
    /** cumulative: total to date; per-period: what happened in the month; level: a state at month end. */
    accumulation: z.enum(['cumulative', 'per-period', 'level']),
    rollup: rollupSchema,
    targets: z._default(z.array(targetSchema), []),
    /** For a cumulative figure: the month counting began (the campaign's launch); no 同比 reaches across it. */
    since: z.optional(monthSchema),
    /** The units the indicator belongs to (a city's pilot); absent: every unit of the dataset. */
    scopeUnitIds: z.optional(z.array(idSchema).check(z.minLength(1))),
    /** Without a target, what the value is judged against (向好/向差), e.g. 0 for a year-on-year change. */
    reference: z.optional(
      z.object({ value: z.number(), label: labelSchema, labelEn: labelSchema }),
    ),
  })
  .check(
    z.refine((indicator) => indicator.rollup.method !== 'sum' || indicator.kind === 'count', {
      error: 'only counts can be summed across units; use mean or ratio for rates and changes',
      path: ['rollup'],
    }),
  );
export type Indicator = z.infer<typeof indicatorSchema>;
