// Charts that read right at every size, on any data (issue 11): on the sample and on two datasets
// nobody tuned for (5 units; 40 units with long, formula-like, right-to-left names and values up
// to 10^12), at 1920×1080 and 390×844, in Chinese and English — no two texts of a chart overlap,
// none is cut by its chart, the page never scrolls sideways and every menu stays on screen.
// Screenshots of every state go to test-results/screenshots/layout-*.png.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { card, drawEveryChart, openDashboard, waitForSettled } from './support/dashboard.mjs';
import { exportFromCard, pngSize } from './support/export-files.mjs';
import { e2eTest, resultsDir } from './support/session.mjs';
import {
  chartTextProblems,
  exportLayoutProblems,
  horizontalScroll,
  outsideViewport,
} from './support/layout-checks.mjs';

const screenshotsDir = new URL('screenshots/', resultsDir);
mkdirSync(screenshotsDir, { recursive: true });

const viewports = [
  { name: 'desktop', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];
const datasets = (process.env.LAYOUT_DATASETS ?? 'sample,few,many').split(',');

async function useDataset(context, dataset) {
  if (dataset === 'sample') return;
  await context.addInitScript((name) => {
    window.__mockDataset = name;
  }, dataset);
}

/** The first card's export menu and, on a phone, the filter sheet: each must stay on screen. */
async function menusOutside(page, phone) {
  const found = {};
  const exportButton = page.locator('section.card[data-card] .export-menu > button').first();
  await exportButton.scrollIntoViewIfNeeded();
  await exportButton.click();
  const menu = page.getByRole('menu').first();
  await menu.waitFor();
  found.exportMenu = await outsideViewport(menu);
  await page.keyboard.press('Escape');
  if (phone) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const toggle = page.locator('.filter-bar__toggle button');
    await toggle.click();
    const sheet = page.locator('#filter-fields');
    await sheet.waitFor({ state: 'visible' });
    found.filterSheet = await outsideViewport(sheet);
    const unitsButton = sheet.locator('.multi-select__button').first();
    await unitsButton.click();
    // A long list scrolls inside the sheet: its top and sides must be on screen.
    const panel = sheet.locator('.multi-select__panel');
    await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    found.unitPanel = (await outsideViewport(panel)).filter((side) => !side.startsWith('bottom'));
    await page.keyboard.press('Escape');
    await page.locator('.filter-bar__sheet-close').click();
    await sheet.waitFor({ state: 'hidden' });
  }
  return found;
}

for (const dataset of datasets)
  for (const viewport of viewports)
    e2eTest(
      `layout on the ${dataset} data at ${viewport.width}×${viewport.height}, Chinese and English`,
      { viewport: { width: viewport.width, height: viewport.height }, timeout: 90_000 },
      async ({ page, context }) => {
        await useDataset(context, dataset);
        await openDashboard(page);
        const report = {};
        for (const language of ['zh', 'en']) {
          if (language === 'en') {
            await page.getByRole('button', { name: 'English', exact: true }).click();
            await page.waitForFunction(() => document.documentElement.lang === 'en');
            await waitForSettled(page);
          }
          // Charts below the fold are drawn when they come near the screen: draw them all first.
          await drawEveryChart(page);
          await waitForSettled(page);
          await page.evaluate(() => document.fonts.ready);
          const name = `layout-${dataset}-${viewport.name}-${language}`;
          await page.screenshot({
            path: new URL(`${name}.png`, screenshotsDir).pathname,
            fullPage: true,
            animations: 'disabled',
          });
          const texts = await chartTextProblems(page);
          report[language] = {
            charts: texts.charts > 0,
            overlaps: texts.overlaps,
            clipped: texts.clipped,
            scroll: await horizontalScroll(page),
            menus: await menusOutside(page, viewport.name === 'phone'),
            // The charts as the PNG, SVG and PDF exports lay them out.
            exported: await exportLayoutProblems(page),
          };
          // The PNG is laid out at the fixed export width (2× pixels), whatever the window: a wide
          // card at 960 CSS px, any other at 720.
          if (language === 'zh' && dataset !== 'few') {
            await card(page, 'case-ranking').scrollIntoViewIfNeeded();
            const wide = pngSize((await exportFromCard(page, 'case-ranking', /PNG/)).bytes);
            const narrow = pngSize(
              (await exportFromCard(page, 'ranking-closure-rate-change', /PNG/)).bytes,
            );
            report.pngWidths = [wide.width, narrow.width];
          }
        }
        const clean = (phone) => ({
          charts: true,
          overlaps: [],
          clipped: [],
          scroll: 0,
          menus: phone ? { exportMenu: [], filterSheet: [], unitPanel: [] } : { exportMenu: [] },
          exported: { overlaps: [], clipped: [] },
        });
        const phone = viewport.name === 'phone';
        assert.deepEqual(report, {
          zh: clean(phone),
          en: clean(phone),
          ...(dataset !== 'few' && { pngWidths: [1920, 1440] }),
        });
      },
    );
