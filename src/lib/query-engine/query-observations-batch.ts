import type { ObservationsResponse, Problem } from '@/schemas/api';
import type { DatasetIndex } from './dataset-index';
import { badRequest, parseObservationQuery } from './parse-query';
import { queryObservations } from './query-observations';

/** The most queries one batch may carry: a dashboard view asks for about twenty. */
export const MAX_BATCH_QUERIES = 50;

export type ObservationBatchItem =
  { status: 200; response: ObservationsResponse } | { status: number; problem: Problem };

/**
 * GET /observations/batch: each `q` is the query string of one GET /observations, answered in the
 * same order. One query's mistake is that query's problem; the others are answered regardless.
 */
export function answerObservationBatch(
  index: DatasetIndex,
  params: URLSearchParams,
): { ok: true; value: { results: ObservationBatchItem[] } } | { ok: false; problem: Problem } {
  const queries = params.getAll('q');
  if (queries.length === 0) {
    return {
      ok: false,
      problem: badRequest([{ name: 'q', reason: 'at least one query is needed' }]),
    };
  }
  if (queries.length > MAX_BATCH_QUERIES) {
    return {
      ok: false,
      problem: badRequest([
        {
          name: 'q',
          reason: `at most ${MAX_BATCH_QUERIES} queries are allowed, got ${queries.length}`,
        },
      ]),
    };
  }
  const results = queries.map((query): ObservationBatchItem => {
    const parsed = parseObservationQuery(new URLSearchParams(query), index);
    return parsed.ok
      ? { status: 200, response: queryObservations(index, parsed.value) }
      : { status: parsed.problem.status, problem: parsed.problem };
  });
  return { ok: true, value: { results } };
}
