// The page stays still while it loads: the header keeps its rows, the opening text has its room and
// the export buttons their places before the data arrives, so nothing a reader is looking at jumps
// (cumulative layout shift under 0.1, the threshold browsers call good).
import assert from 'node:assert/strict';
import { openDashboard } from './support/dashboard.mjs';
import { baseUrl, e2eTest } from './support/session.mjs';

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

e2eTest(
  'before its script has run, the page already says it is loading; a second line only if it never runs',
  {},
  async ({ page, context }) => {
    // A slow connection: the entry script arrives six seconds late (generous, so that a loaded CI
    // machine still paints the HTML well before it could have run); nothing runs without it.
    const scriptDelay = 6000;
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, scriptDelay));
      // The context may have closed meanwhile (the test is over): nothing left to continue.
      await route.continue().catch(() => undefined);
    });
    const navigation = page.goto(baseUrl);
    const loading = page.locator('#root > p.dataset-gate');
    await loading.waitFor({ timeout: scriptDelay / 2 });
    assert.equal(await loading.innerText(), '正在加载数据…');
    assert.equal(await loading.getAttribute('aria-busy'), 'true');
    // The paint is recorded a frame after the element is laid out: wait for it, not for a script.
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      undefined,
      { timeout: scriptDelay / 2 },
    );
    const early = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      scripted: performance
        .getEntriesByType('resource')
        .some((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name)),
      slowShown: getComputedStyle(document.querySelector('.page-slow')).visibility,
    }));
    assert.ok(early.paint < scriptDelay, `painted at ${early.paint} ms, before any script arrived`);
    assert.equal(early.scripted, false, 'the main script had not even arrived');
    assert.equal(early.slowShown, 'hidden', 'the "taking long" line waits 20 seconds');
    const before = await loading.boundingBox();

    await navigation;
    // The app's own first render says the same in the same place, then the dashboard comes.
    await page.locator('section.card[data-state="ready"]').first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.dataset-gate, .page-slow').count(), 0);
    assert.ok(before && before.y < 100, 'the message is at the top of the page');
  },
);
