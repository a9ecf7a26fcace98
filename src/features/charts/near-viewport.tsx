import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { inTurn } from '@/lib/turns';
import { ChartBoundary, retryFailedCharts } from './chart-boundary';
import { loadCharts, retryCharts } from './lazy-charts';

/*
 * Charts below the fold cost nothing until they come near the viewport: the chart is mounted the
 * first time its card is within NEAR_MARGIN of the screen, and stays mounted after that. A
 * whole-page export asks for every chart first (drawEveryChart), since it copies drawn SVGs.
 * Charts that come near together (the first screen) are mounted one per turn (turns.ts): mounted
 * in one commit, a dozen charts' effects held the page for 80–140 ms at 1,000 units.
 */

const NEAR_MARGIN = '600px 0px';

let everyChartWanted = false;
/** The charts not drawn yet, by their placeholder, each with what mounts it. */
const waiting = new Map<Element, () => void>();

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

const inDocumentOrder = (a: Element, b: Element) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * The charts' code, loaded again if it failed before (ten seconds at most): once it is there, the
 * charts that showed the failure are drawn again. A chart whose code still cannot be loaded says so
 * in its card, and an export goes on with the others.
 */
async function chartsLoadedAgain() {
  retryCharts();
  let timer = 0;
  const loaded = await Promise.race([
    loadCharts().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => (timer = window.setTimeout(() => resolve(false), 10_000))),
  ]);
  window.clearTimeout(timer);
  if (loaded) retryFailedCharts();
}

/** Resolves once `drawn` holds, checked each frame, or after three seconds regardless. */
async function untilDrawn(drawn: () => boolean) {
  const giveUpAt = performance.now() + 3000;
  let now = await nextFrame();
  while (!drawn() && now < giveUpAt) now = await nextFrame();
}

/** A chart area holds its chart: an SVG, or a series of one period drawn as a value and its month. */
const holdsChart = (area: Element) => area.querySelector('svg, [data-single-value]') !== null;

/**
 * Mounts every chart not drawn yet (for a whole-page export) and resolves once each chart area
 * holds its SVG (a responsive chart measures its box first), or after a few seconds regardless.
 * One chart a frame: mounted all at once, twenty charts held the page in one task of a second.
 */
export async function drawEveryChart(root: ParentNode = document): Promise<void> {
  everyChartWanted = true;
  await chartsLoadedAgain();
  const placeholders = [...waiting.keys()].sort(inDocumentOrder);
  for (const placeholder of placeholders) {
    waiting.get(placeholder)?.();
    await nextFrame();
  }
  await untilDrawn(() => [...root.querySelectorAll('.chart-area')].every(holdsChart));
}

/**
 * Draws the one chart in `area` now if it is not drawn yet (an export chosen before the chart
 * came near the screen, or while its code was loading) and resolves once it holds its SVG, or
 * after three seconds regardless.
 */
export async function drawChartIn(area: Element): Promise<void> {
  if (holdsChart(area)) return;
  for (const [placeholder, mount] of waiting) if (area.contains(placeholder)) mount();
  await chartsLoadedAgain();
  await untilDrawn(() => holdsChart(area));
}

/** Without IntersectionObserver (old browsers, jsdom) every chart is drawn at once. */
const canObserve = () => typeof IntersectionObserver === 'function';

export function NearViewport({
  children,
  onChartFailed,
}: {
  children: ReactNode;
  /** Told when the chart could not be drawn, and when it is drawn again. */
  onChartFailed?: (failed: boolean) => void;
}) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => !canObserve() || everyChartWanted);

  useEffect(() => {
    const target = placeholder.current;
    if (near || !target) return;
    waiting.set(target, () => setNear(true));
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting))
          inTurn(() => flushSync(() => setNear(true)));
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
      waiting.delete(target);
    };
  }, [near]);

  // The chart's code may still be on its way (lazy-charts.tsx): its place is kept meanwhile.
  if (near)
    return (
      <ChartBoundary onRetry={retryCharts} onFailedChange={onChartFailed}>
        <Suspense fallback={<div className="chart-deferred" />}>{children}</Suspense>
      </ChartBoundary>
    );
  return <div ref={placeholder} className="chart-deferred" />;
}
