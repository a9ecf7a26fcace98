import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/*
 * Charts below the fold cost nothing until they come near the viewport: the chart is mounted the
 * first time its card is within NEAR_MARGIN of the screen, and stays mounted after that. A
 * whole-page export asks for every chart first (drawEveryChart), since it copies drawn SVGs.
 */

const NEAR_MARGIN = '600px 0px';

let everyChartWanted = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Mounts every chart not drawn yet (for a whole-page export) and resolves once each chart area
 * holds its SVG (a responsive chart measures its box first), or after a few seconds regardless.
 */
export async function drawEveryChart(root: ParentNode = document): Promise<void> {
  if (!everyChartWanted) {
    everyChartWanted = true;
    listeners.forEach((listener) => listener());
  }
  const giveUpAt = performance.now() + 3000;
  const undrawn = () =>
    // A series with one reported period is drawn as a value with its month, without an SVG.
    [...root.querySelectorAll('.chart-area')].some(
      (area) => !area.querySelector('svg, [data-single-value]'),
    );
  let now = await nextFrame();
  while (undrawn() && now < giveUpAt) now = await nextFrame();
}

/** Without IntersectionObserver (old browsers, jsdom) every chart is drawn at once. */
const canObserve = () => typeof IntersectionObserver === 'function';

export function NearViewport({ children }: { children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => !canObserve());
  const wanted = useSyncExternalStore(
    subscribe,
    () => everyChartWanted,
    () => true,
  );

  useEffect(() => {
    const target = placeholder.current;
    if (near || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [near]);

  if (near || wanted) return children;
  return <div ref={placeholder} className="chart-deferred" />;
}
