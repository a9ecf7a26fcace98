import { z } from './zod';
import { idSchema, isoDateSchema, monthSchema } from './common';
import { datasetMetaSchema } from './dataset';
import { indicatorSchema } from './indicator';
import { initiativeSchema } from './initiative';
import { narrativeSentenceSchema } from './narrative';
import { observationSchema } from './observation';
import { taskSchema } from './task';
import { unitSchema } from './unit';

/** Response bodies of the REST API (docs/api.md). Every response is parsed by one of these. */
export const metaResponseSchema = datasetMetaSchema;
export const unitsResponseSchema = z.object({ units: z.array(unitSchema) });
export const initiativesResponseSchema = z.object({ initiatives: z.array(initiativeSchema) });
export const indicatorsResponseSchema = z.object({ indicators: z.array(indicatorSchema) });
export const tasksResponseSchema = z.object({ tasks: z.array(taskSchema) });
export const narrativeResponseSchema = z.object({ sentences: z.array(narrativeSentenceSchema) });

export const granularitySchema = z.enum(['month', 'quarter']);
export type Granularity = z.infer<typeof granularitySchema>;

/** A period in a response: a month "2024-06" or a quarter "2024-Q2". */
export const periodSchema = z.union([
  monthSchema,
  z.string().check(z.regex(/^\d{4}-Q[1-4]$/, { error: 'expected a quarter as YYYY-Qn' })),
]);

export const seriesPointSchema = z.object({
  indicatorId: idSchema,
  /** "all" when the response aggregates across the selected units. */
  unitId: z.union([idSchema, z.literal('all')]),
  period: periodSchema,
  value: z.nullable(z.number()),
  note: z.optional(z.string().check(z.maxLength(300))),
  revised: z.optional(z.boolean()),
  /** Per unit, with `revised`: the figure first reported (原报) and when it was corrected. */
  previousValue: z.optional(z.nullable(z.number())),
  revisedAt: z.optional(isoDateSchema),
  /**
   * Quarters only: the months of the range the quarter holds ("2024-04", "2024-05" when the range
   * or the data end in May). Fewer than three: a partial quarter, labelled with its months.
   */
  months: z.optional(z.array(monthSchema)),
  /** Quarters only: a month the quarter holds was not reported (per unit), or some unit's was not (combined). */
  incomplete: z.optional(z.boolean()),
  /** With aggregation: how many of the selected units reported a value. */
  reported: z.optional(z.int().check(z.nonnegative())),
  expected: z.optional(z.int().check(z.nonnegative())),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const observationsResponseSchema = z.object({
  granularity: granularitySchema,
  aggregate: z.boolean(),
  points: z.array(seriesPointSchema),
});
export type ObservationsResponse = z.infer<typeof observationsResponseSchema>;

/** RFC 9457 problem details, the body of every 4xx/5xx. */
export const problemSchema = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
});
export type Problem = z.infer<typeof problemSchema>;

/**
 * GET /observations/batch: one item per query, in order. An item's response or problem is checked
 * by the fetch layer, so that one bad item fails only its own card.
 */
export const observationsBatchResponseSchema = z.object({
  results: z.array(
    z.object({
      status: z.int(),
      response: z.optional(z.unknown()),
      problem: z.optional(z.unknown()),
    }),
  ),
});

/** A whole dataset in one document: what the generator writes and what an import must produce. */
export const datasetSchema = z.object({
  meta: datasetMetaSchema,
  units: z.array(unitSchema),
  initiatives: z.array(initiativeSchema),
  indicators: z.array(indicatorSchema),
  observations: z.array(observationSchema),
  tasks: z.array(taskSchema),
  narrative: z.array(narrativeSentenceSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
