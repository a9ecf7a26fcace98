// What the suite saw, for people to look at: the whole page on a command-centre screen and on a
// phone, in both languages, under test-results/screenshots/. Each also checks the layout fits.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { drawEveryChart, openDashboard, waitForSettled } from './support/dashboard.mjs';
import { e2eTest, resultsDir } from './support/session.mjs';

const screenshotsDir = new URL('screenshots/', resultsDir);
mkdirSync(screenshotsDir, { recursive: true });

const viewports = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

/** What sticks out sideways: a phone must not scroll horizontally, nor cut controls off. */
function overflowOf(page) {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Cut off is as bad as scrolling: nothing may end beyond the right edge, even where clipped.
    beyondEdge: [...document.querySelectorAll('body *')]
      .filter((element) => {
        if (element.closest('.table-scroll, svg')) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? '').trim().slice(0, 30)}”`,
      ),
  }));
}

for (const viewport of viewports) {
  const size = `${viewport.width}x${viewport.height}`;
  e2eTest(`screenshots at ${size}, Chinese then English`, { viewport }, async ({ page }) => {
    await openDashboard(page);
    const overflow = {};
    // Both pictures are taken before anything is asserted, so that a failure still leaves them.
    for (const language of ['zh', 'en']) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await waitForSettled(page);
      }
      await page.evaluate(() => document.fonts.ready);
      // A full-page picture shows charts below the fold: they are drawn once scrolled past.
      await drawEveryChart(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: new URL(`dashboard-${language}-${size}.png`, screenshotsDir).pathname,
        fullPage: true,
        animations: 'disabled',
      });
      overflow[language] = await overflowOf(page);
      const badge = language === 'en' ? 'Sample data' : '示例数据';
      assert.ok(await page.getByText(badge, { exact: true }).first().isVisible(), badge);
    }
    assert.deepEqual(overflow, {
      zh: { scroll: 0, beyondEdge: [] },
      en: { scroll: 0, beyondEdge: [] },
    });
  });
}
