import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '@mocks/node';
import { loadCharts } from '@/features/charts/lazy-charts';
import { resetObservationBatching } from '@/features/reports/api/observations-batch';
import { loadMessages } from '@/lib/i18n/dictionaries';

// Recharts' ResponsiveContainer measures its parent; jsdom has no layout, so give it one.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 800, height: 300 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The page loads the charts' code when a chart first comes near the screen (lazy-charts.tsx); jsdom
// draws every chart at once, so it is loaded before the tests, as a page would have it by then.
// tests/unit/lazy-charts.test.tsx and the e2e suite cover the loading itself.
beforeAll(() => loadCharts());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetObservationBatching();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

// A React warning or an unexpected error in a test is a failure, not noise.
const failOnConsoleError = (...args: unknown[]) => {
  throw new Error(`console.error: ${args.map(String).join(' ')}`);
};
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(failOnConsoleError);
});

// English is loaded on demand in the app; tests switch languages synchronously, so load it once here.
beforeAll(() => loadMessages('en'));
