import { use, type ComponentType } from 'react';
import { whenIdle } from '@/lib/idle';
import type * as Drawn from './drawn-charts';
import { redrawnOnChange } from './same-props';

/*
 * The sections' charts, loaded on first use. Recharts and everything it brings are about 130 KiB
 * gzip, compiled on the main thread; the first screen (headline figures, sparklines in plain SVG,
 * the opening text) draws none of it. A chart coming near the viewport loads the chunk
 * (NearViewport keeps its place meanwhile, and shows a retry if the load fails), and once the
 * first screen has settled the chunk is fetched while the page is idle (warmUpCharts), so
 * scrolling down finds it there.
 */

type Charts = typeof Drawn;

/**
 * A chunk loaded once, shared by every caller. A failed load (the network, a deployment that
 * replaced the file) stays failed, so that the charts waiting on it show the failure rather than
 * asking again in a loop, until `retry` forgets it and the next `load` asks the browser again
 * (Chromium fetches a failed module again; where a browser keeps the failure, the card's other
 * button reloads the page). `prefetch` loads ahead of need: its failure is forgotten only if no
 * caller of `load` has met it, so that the first chart to ask tries again, while a failure a
 * chart has shown stays until the user's retry.
 */
export function chunkLoader<Chunk>(importChunk: () => Promise<Chunk>) {
  let loaded: Chunk | null = null;
  let loading: Promise<Chunk> | null = null;
  let failed = false;
  /** A caller of `load` waits on the attempt under way (or has met its failure). */
  let asked = false;
  const attempt = () => {
    if (loading) return loading;
    asked = false;
    loading = importChunk().then(
      (chunk) => (loaded = chunk),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    return loading;
  };
  const forget = () => {
    failed = false;
    loading = null;
  };
  return {
    /** The chunk, once it has loaded. */
    loaded: () => loaded,
    load(): Promise<Chunk> {
      const chunk = attempt();
      asked = true;
      return chunk;
    },
    /** Loads ahead of need; resolves either way. */
    async prefetch(): Promise<void> {
      const chunk = attempt();
      try {
        await chunk;
      } catch {
        if (!asked && loading === chunk) forget();
      }
    },
    /** Forgets a failed load (a load under way or done is kept). */
    retry() {
      if (failed) forget();
    },
  };
}

const charts = chunkLoader(() => import('./drawn-charts'));

/** Loads the charts' chunk (once; after a failure, once more after `retryCharts`). */
export const loadCharts = () => charts.load();

/** After the charts' chunk failed to load: the next chart to ask for it loads it again. */
export const retryCharts = () => charts.retry();

/** Loads the charts' chunk ahead of need; a failure no chart has met is forgotten. */
export const prefetchCharts = () => charts.prefetch();

/**
 * A chart that draws as soon as the chunk is there, and suspends until then; drawn again only when
 * its props' contents change (same-props.ts), not each time its card renders.
 */
function fromChunk<Props extends object>(
  name: string,
  pick: (chunk: Charts) => ComponentType<Props>,
) {
  function LazyChart(props: Props) {
    const Chart = pick(charts.loaded() ?? use(charts.load()));
    return <Chart {...props} />;
  }
  LazyChart.displayName = `Lazy(${name})`;
  return redrawnOnChange(LazyChart);
}

export const TrendChart = fromChunk('TrendChart', (chunk) => chunk.TrendChart);
export const FunnelChart = fromChunk('FunnelChart', (chunk) => chunk.FunnelChart);
export const CaseResolutionChart = fromChunk(
  'CaseResolutionChart',
  (chunk) => chunk.CaseResolutionChart,
);
// The bar chart's rows are a type parameter, which a wrapper's props cannot carry: the cast keeps it.
export const UnitBarChart = fromChunk(
  'UnitBarChart',
  (chunk) => chunk.UnitBarChart,
) as unknown as Charts['UnitBarChart'];

/**
 * Fetches the charts' chunk once the page is idle and `busy` (the first screen's requests) says
 * no more, so that the chunk never competes with the first screen. Returns a cancel.
 */
export function warmUpCharts(
  busy: () => boolean,
  prefetch: () => Promise<unknown> = prefetchCharts,
): () => void {
  let cancel = () => {};
  const attempt = () => {
    if (!busy()) {
      // A failed warm-up is forgotten: the first chart that comes near tries again. A failure a
      // chart has met (the warm-up found it, or waited on the same load) stays until the user's
      // retry: forgetting it would fetch the chunk behind the user's back.
      void prefetch().catch(() => undefined);
      return;
    }
    const timer = window.setTimeout(() => (cancel = whenIdle(attempt)), 300);
    cancel = () => window.clearTimeout(timer);
  };
  cancel = whenIdle(attempt);
  return () => cancel();
}
