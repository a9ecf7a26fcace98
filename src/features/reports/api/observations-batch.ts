import { ApiError, buildUrl, getJson, type QueryParams } from '@/lib/api-client';
import { activeDataSource } from '@/lib/data-source';
import { inTurn } from '@/lib/turns';
import {
  observationsBatchResponseSchema,
  problemSchema,
  type ObservationsResponse,
} from '@/schemas/api';
import { checkObservationsResponse, observationsResponseCheck } from '@/schemas/observations-check';
import { datasetChanged } from './query-keys';

/*
 * Fewer round trips without the sections knowing: the observation requests that one render starts
 * (a dashboard view asks for about twenty) are gathered for one task and sent as one
 * GET /observations/batch. Each query still gets its own answer or its own error, so a failing
 * query fails only its card. A lone query, and every query to a server that answers the batch
 * endpoint 404/405/501 (one without it), goes as a plain GET /observations.
 */

const BATCH_PATH = '/observations/batch';
const SINGLE_PATH = '/observations';
/** The contract allows 50 queries per batch (docs/api.md). */
const MAX_BATCH = 50;

type Pending = {
  /** The dataset shown when the query asked: a request is never sent to another one. */
  source: string;
  params: QueryParams;
  signal: AbortSignal | undefined;
  resolve: (response: ObservationsResponse) => void;
  reject: (error: unknown) => void;
};

let queue: Pending[] = [];
let flushScheduled = false;
let batchUnsupported = false;

/** Tests start each case with a server that has the batch endpoint. */
export function resetObservationBatching() {
  batchUnsupported = false;
}

const getSingle = (params: QueryParams, signal?: AbortSignal) =>
  getJson(SINGLE_PATH, observationsResponseCheck, { params, signal });

const queryStringOf = (params: QueryParams) =>
  new URL(buildUrl(SINGLE_PATH, params)).search.slice(1);

function itemError(status: number, problem: unknown): ApiError {
  const parsed = problemSchema.safeParse(problem);
  const detail = parsed.success ? (parsed.data.detail ?? parsed.data.title) : '';
  return new ApiError(
    'http',
    SINGLE_PATH,
    `${SINGLE_PATH}: HTTP ${status}${detail ? ` — ${detail}` : ''}`,
    { status, ...(parsed.success && { problem: parsed.data }) },
  );
}

function settle(item: Pending, result: { status: number; response?: unknown; problem?: unknown }) {
  if (result.status !== 200) return item.reject(itemError(result.status, result.problem));
  const parsed = checkObservationsResponse(result.response);
  if (parsed.success) return item.resolve(parsed.data);
  const issue = parsed.error.issues[0];
  item.reject(
    new ApiError(
      'invalid-response',
      SINGLE_PATH,
      `${SINGLE_PATH}: the response does not match the API contract (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'})`,
      { status: 200, cause: parsed.error },
    ),
  );
}

const sendAlone = (item: Pending) =>
  getSingle(item.params, item.signal).then(item.resolve, item.reject);

async function sendBatch(items: Pending[]) {
  const path = `${BATCH_PATH}?${items.map((item) => `q=${encodeURIComponent(queryStringOf(item.params))}`).join('&')}`;
  let body;
  try {
    // No signal: one card's cancelled query must not cancel the others' answers.
    body = await getJson(path, observationsBatchResponseSchema);
  } catch (error) {
    if (error instanceof ApiError && [404, 405, 501].includes(error.status ?? 0)) {
      batchUnsupported = true;
      items.forEach((item) => void sendAlone(item));
      return;
    }
    const reported =
      error instanceof ApiError
        ? new ApiError(error.kind, SINGLE_PATH, error.message.replace(path, BATCH_PATH), {
            ...(error.status !== null && { status: error.status }),
            ...(error.problem && { problem: error.problem }),
            cause: error,
          })
        : error;
    items.forEach((item) => item.reject(reported));
    return;
  }
  if (body.results.length !== items.length) {
    const error = new ApiError(
      'invalid-response',
      SINGLE_PATH,
      `${BATCH_PATH}: ${body.results.length} answers for ${items.length} queries`,
      { status: 200 },
    );
    items.forEach((item) => item.reject(error));
    return;
  }
  // Each answer checked and handed to its query in a turn of its own: at 1,000 units a batch
  // carries a megabyte of points, and checking it all in one task held the page for 70 ms.
  items.forEach((item, index) => inTurn(() => settle(item, body.results[index]!)));
}

function flush() {
  flushScheduled = false;
  if (queue.length === 0) return;
  const shown = activeDataSource().id;
  const items = queue.filter((item) => !item.signal?.aborted && item.source === shown);
  for (const item of queue) if (item.source !== shown) item.reject(datasetChanged());
  queue = [];
  if (batchUnsupported || items.length === 1) {
    items.forEach((item) => void sendAlone(item));
    return;
  }
  for (let start = 0; start < items.length; start += MAX_BATCH) {
    void sendBatch(items.slice(start, start + MAX_BATCH));
  }
}

/**
 * Sends the observation requests started so far now, as one batch, instead of at the end of the
 * task; those started after it form a batch of their own. For requests wanted ahead of the rest
 * (the first screen's: src/app/first-screen.ts).
 */
export function sendObservationsNow() {
  flush();
}

/** GET /observations, coalesced with the other observation requests of the same task. */
export function fetchObservations(
  params: QueryParams,
  signal?: AbortSignal,
): Promise<ObservationsResponse> {
  return new Promise((resolve, reject) => {
    const item: Pending = { source: activeDataSource().id, params, signal, resolve, reject };
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    queue.push(item);
    if (!flushScheduled) {
      flushScheduled = true;
      // A macrotask, not a microtask: React starts a commit's queries across several effects.
      setTimeout(flush, 0);
    }
  });
}
