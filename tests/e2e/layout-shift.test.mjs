// The page stays still while it loads: the header keeps its rows, the opening text has its room and
// the export buttons their places before the data arrives, so nothing a reader is looking at jumps
// (cumulative layout shift under 0.1, the threshold browsers call good).
import assert from 'node:assert/strict';
import { openDashboard } from './support/dashboard.mjs';
import { e2eTest } from './support/session.mjs';

/** Every layout shift from the first paint, with what moved, kept on the page for the test. */
function recordShifts() {
  const shifts = [];
  window.__layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        moved: (entry.sources ?? []).map((source) => {
          const node = source.node;
          const name = node instanceof Element ? `${node.tagName}.${node.className}` : '(gone)';
          return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const [width, height, language, dataset] of [
  [1350, 940, 'zh-CN'],
  [390, 844, 'zh-CN'],
  [1350, 940, 'en'],
  // Forty units with long names: English headline cards wrap to more lines.
  [1920, 1000, 'en', 'many'],
  [390, 844, 'zh-CN', 'few'],
]) {
  e2eTest(
    `loading ${dataset ?? 'the sample'} at ${width}×${height} (${language}) moves nothing a reader sees`,
    { timeout: 90_000, viewport: { width, height }, language, ...(dataset && { dataset }) },
    async ({ page }) => {
      await page.addInitScript(recordShifts);
      await openDashboard(page);
      const shifts = await page.evaluate(() => window.__layoutShifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(
        total < 0.1,
        `cumulative layout shift ${total.toFixed(3)}:\n${shifts
          .map((shift) => `${shift.value.toFixed(3)} ${shift.moved.join('; ')}`)
          .join('\n')}`,
      );
    },
  );
}
