type IdleWindow = Window & {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `run` when the page is next idle, and at most `timeoutMs` later; where a browser has no idle
 * callbacks (Safari, jsdom), after `fallbackMs`. Returns a cancel.
 */
export function whenIdle(
  run: () => void,
  { timeoutMs = 3000, fallbackMs = 200 }: { timeoutMs?: number; fallbackMs?: number } = {},
): () => void {
  const page = window as IdleWindow;
  if (page.requestIdleCallback && page.cancelIdleCallback) {
    const handle = page.requestIdleCallback(run, { timeout: timeoutMs });
    return () => page.cancelIdleCallback?.(handle);
  }
  const timer = window.setTimeout(run, fallbackMs);
  return () => window.clearTimeout(timer);
}
