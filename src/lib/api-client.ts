import type { z } from '@/schemas/zod';
import { problemSchema, type Problem } from '@/schemas/api';
import { localFetch } from './data-source';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-response';

/** Every way a request can fail, as one error type the UI can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  readonly endpoint: string;

  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    message: string,
    options: { status?: number; problem?: Problem; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = options.status ?? null;
    this.problem = options.problem ?? null;
  }

  /** A 4xx or a response that does not fit the contract will not get better by asking again. */
  get retryable() {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

export const REQUEST_TIMEOUT_MS = 10_000;

/** The API's base: VITE_API_BASE_URL for a real backend, else this origin's /api/v1 (served by msw). */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;
  const base =
    configured && configured.length > 0 ? configured : `${window.location.origin}/api/v1`;
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

export type QueryParams = Record<
  string,
  string | readonly string[] | number | boolean | null | undefined
>;

export function buildUrl(path: string, params: QueryParams = {}): string {
  // A relative base ("/progress-api/v1", the usual same-origin intranet setup) is resolved
  // against the page's own address.
  const url = new URL(`${apiBaseUrl()}${path}`, window.location.href);
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) url.searchParams.set(name, value.join(','));
    } else {
      url.searchParams.set(name, String(value));
    }
  }
  return url.toString();
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

let requestsHeld: Promise<unknown> = Promise.resolve();

/** Requests wait for this (the embedded mock API starting) while the page already renders. */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestsHeld = ready;
}

/** What a response is checked with: a zod schema, or a check with the same result. */
export type ResponseCheck<T> = Pick<z.ZodMiniType<T>, 'safeParse'>;

/** GET a JSON resource and validate it; anything unexpected becomes an ApiError with a readable message. */
export async function getJson<T>(
  path: string,
  schema: ResponseCheck<T>,
  options: { params?: QueryParams; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  await requestsHeld;
  let url: string;
  try {
    url = buildUrl(path, options.params);
  } catch (error) {
    throw new ApiError(
      'network',
      path,
      `${path}: the API address "${apiBaseUrl()}" is not a usable URL`,
      { cause: error },
    );
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (localFetch(path, url, signal) ??
      fetch(url, { signal, headers: { Accept: 'application/json' } }));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted)
      throw new ApiError(
        'timeout',
        path,
        `${path}: no answer within ${(options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`,
        { cause: error },
      );
    throw new ApiError('network', path, `${path}: the server could not be reached`, {
      cause: error,
    });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    const detail = problem?.detail ?? problem?.title ?? response.statusText;
    throw new ApiError(
      'http',
      path,
      `${path}: HTTP ${response.status}${detail ? ` — ${detail}` : ''}`,
      {
        status: response.status,
        ...(problem && { problem }),
      },
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ApiError('invalid-json', path, `${path}: the response is not valid JSON`, {
      status: response.status,
      cause: error,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      path,
      `${path}: the response does not match the API contract (${describeIssues(parsed.error)})`,
      {
        status: response.status,
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}
