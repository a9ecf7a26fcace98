import { vi } from 'vitest';
import type { OpenedForQueries } from '@/lib/query-engine/query-worker';
import { serveQueries } from '@/lib/query-engine/query-worker-serve';

/**
 * The two ends of the worker protocol joined as a worker and a page would be: every message is
 * cloned and delivered later, never shared or handled in the same turn.
 */
export function joinedWorker<Origin, Opened>(
  open: (origin: Origin) => Promise<OpenedForQueries<Opened> | null>,
) {
  const deliver = (handler: ((event: MessageEvent) => unknown) | null, message: unknown) =>
    setTimeout(() => handler?.({ data: structuredClone(message) } as MessageEvent));
  const scope = {
    onmessage: null as ((event: MessageEvent) => unknown) | null,
    postMessage: (message: unknown) => deliver(port.onmessage, message),
  };
  const port = {
    onmessage: null as ((event: MessageEvent) => unknown) | null,
    onerror: null as ((event: ErrorEvent) => unknown) | null,
    postMessage: (message: unknown) => deliver(scope.onmessage, message),
    terminate: vi.fn(),
  };
  serveQueries(scope, open);
  return port;
}
