import { useSyncExternalStore } from 'react';

/**
 * Where the report's figures come from. By default the API client asks the network (a real REST API,
 * or the embedded mock API, msw's handlers answering the page's fetch calls). A local source — an
 * imported or a published dataset — plugs in a transport here instead; it answers the same paths
 * with the same JSON, so no query, selector or chart knows the difference.
 */
export type LocalAnswer = { status: number; body: string };
export type LocalTransport = (
  path: string,
  params: URLSearchParams,
  signal?: AbortSignal,
) => Promise<LocalAnswer>;

export type DataSourceKind = 'network' | 'published' | 'imported';

export type DataSource = {
  /** Changes whenever the figures may change: part of every query key. */
  id: string;
  kind: DataSourceKind;
  transport: LocalTransport | null;
};

let networkSource: DataSource = { id: 'network', kind: 'network', transport: null };
let current: DataSource = networkSource;
const listeners = new Set<() => void>();

export function activeDataSource(): DataSource {
  return current;
}

/** Switches every later request to `source` (null: back to the network API). */
export function setDataSource(source: DataSource | null) {
  current = source ?? networkSource;
  for (const listener of listeners) listener();
}

/**
 * Lets the embedded mock API stand for the network API in this page: the large sample is answered
 * by the query engine in a Web Worker, not by msw. `setDataSource(null)` then comes back to it, so
 * an import shown and undone on top of the large sample returns to it too.
 */
export function setNetworkTransport(id: string, transport: LocalTransport) {
  const wasNetwork = current === networkSource;
  networkSource = { id, kind: 'network', transport };
  if (wasNetwork) setDataSource(null);
}

export function subscribeDataSource(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useDataSourceId(): string {
  return useSyncExternalStore(
    subscribeDataSource,
    () => current.id,
    () => current.id,
  );
}

/**
 * The fetch the API client uses for `path`: the local transport's answer as a Response, or null to
 * go to the network.
 */
export function localFetch(
  path: string,
  url: string,
  signal: AbortSignal,
): Promise<Response> | null {
  const transport = current.transport;
  if (!transport) return null;
  return transport(path, new URL(url).searchParams, signal).then(
    (answer) =>
      new Response(answer.body, {
        status: answer.status,
        headers: {
          'Content-Type': answer.status === 200 ? 'application/json' : 'application/problem+json',
        },
      }),
  );
}
