// Accessibility as a user with a screen reader or only a keyboard meets it: axe over the real page
// in both languages and in the states people actually use, and the keyboard path through filters.
import assert from 'node:assert/strict';
import { seriousViolations } from './support/axe.mjs';
import {
  card,
  chooseUnits,
  labels,
  openDashboard,
  unitFilterButton,
  waitForSearch,
  waitForSettled,
} from './support/dashboard.mjs';
import { e2eTest } from './support/session.mjs';

const axeTimeout = { timeout: 120_000 };

async function assertNoSeriousViolations(page, situation) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `axe, ${situation}:\n${JSON.stringify(violations, null, 2)}`);
}

/**
 * Every chart card: a region named by its title, one chart image whose name says the title, and a
 * table alternative captioned with the title and holding at least one row. Opens every table.
 */
async function assertChartsNamedWithTables(page, language) {
  const charts = await page.locator('section.card[data-state="ready"]').evaluateAll((cards) =>
    cards.map((item) => ({
      id: item.dataset.card,
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      regionName: document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent,
      images: [...item.querySelectorAll('[role="img"]')].map((image) =>
        image.getAttribute('aria-label'),
      ),
    })),
  );
  assert.ok(charts.length >= 14, `found ${charts.length} chart cards`);
  for (const chart of charts) {
    assert.ok(chart.title, `${chart.id} has a title`);
    assert.equal(
      chart.regionName?.trim(),
      chart.title,
      `${chart.id} is a region named by its title`,
    );
    assert.equal(chart.images.length, 1, `${chart.id} has one chart image`);
    assert.ok(chart.images[0]?.includes(chart.title), `${chart.id}: "${chart.images[0]}"`);
  }

  const toggles = page.getByRole('button', { name: labels[language].showTable, exact: true });
  assert.equal(await toggles.count(), charts.length, 'every chart has a table switch');
  // Each click turns that button into "view as chart", so the first match is always the next card.
  for (let index = 0; index < charts.length; index += 1) await toggles.first().click();
  const tables = await page.locator('section.card[data-state="ready"]').evaluateAll((cards) =>
    cards.map((item) => ({
      id: item.dataset.card,
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      caption: item.querySelector('table caption')?.textContent?.trim() ?? null,
      rows: item.querySelectorAll('table tbody tr').length,
      headers: item.querySelectorAll('table thead th[scope="col"]').length,
      images: item.querySelectorAll('[role="img"]').length,
    })),
  );
  for (const table of tables) {
    assert.equal(table.caption, table.title, `${table.id}: the table is captioned with the title`);
    assert.ok(table.rows >= 1 && table.headers >= 2, `${table.id}: rows and column headers`);
    assert.equal(table.images, 0, `${table.id}: the table replaces the chart`);
  }
}

e2eTest(
  'Chinese: axe passes on the charts and on their tables; every chart is named and has a table',
  axeTimeout,
  async ({ page }) => {
    await openDashboard(page);
    await assertNoSeriousViolations(page, 'Chinese, first load');
    await assertChartsNamedWithTables(page, 'zh-CN');
    await assertNoSeriousViolations(page, 'Chinese, every chart shown as a table');
  },
);

e2eTest(
  'English: axe passes on the charts and on their tables; every chart is named and has a table',
  { ...axeTimeout, language: 'en' },
  async ({ page }) => {
    await openDashboard(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await assertNoSeriousViolations(page, 'English, first load');
    await assertChartsNamedWithTables(page, 'en');
    await assertNoSeriousViolations(page, 'English, every chart shown as a table');
  },
);

e2eTest(
  'axe passes with a filter applied and the unit filter open',
  axeTimeout,
  async ({ page }) => {
    await openDashboard(page);
    await chooseUnits(page, ['包头市', '兴安盟']);
    await waitForSearch(page, { units: 'baotou,xingan' });
    await waitForSettled(page);
    await unitFilterButton(page).click();
    await page.getByRole('group', { name: '盟市', exact: true }).waitFor();
    await assertNoSeriousViolations(page, 'two units chosen, unit filter open');
  },
);

/** Presses Tab until the predicate holds for the focused element; fails after `limit` presses. */
async function tabUntil(page, predicate, arg, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return presses + 1;
  }
  throw new Error(`focus never reached the element after ${limit} Tab presses`);
}

e2eTest(
  'keyboard only: Tab to the unit filter, open it, tick a unit with Space, Escape closes',
  {},
  async ({ page }) => {
    await openDashboard(page);
    const button = unitFilterButton(page);
    const buttonId = await button.evaluate((element) => {
      element.dataset.e2e = 'unit-filter';
      return 'unit-filter';
    });
    await page.locator('body').focus();
    const presses = await tabUntil(
      page,
      (id) => document.activeElement?.getAttribute('data-e2e') === id,
      buttonId,
    );
    // Before it: the skip link and the header's controls (import, template, dataset, exports, language).
    assert.ok(presses <= 12, `the unit filter is near the top of the tab order (${presses} Tabs)`);

    // Enter opens, Escape closes and gives focus back; Space opens too.
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await button.evaluate((element) => element === document.activeElement));
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');

    const checkbox = page
      .getByRole('group', { name: '盟市', exact: true })
      .getByRole('checkbox', { name: '包头市', exact: true });
    await tabUntil(
      page,
      () =>
        document.activeElement instanceof HTMLInputElement &&
        document.activeElement.closest('label')?.textContent?.trim() === '包头市',
      null,
      20,
    );
    await page.keyboard.press('Space');
    assert.equal(await checkbox.isChecked(), true);
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await button.evaluate((element) => element === document.activeElement));

    await waitForSearch(page, { units: 'baotou' });
    await waitForSettled(page);
    assert.match(await button.innerText(), /包头市/);

    // The table view by keyboard. In a view of one unit its name is plain text, not a button that
    // would silently clear the filter; 恢复默认 goes back to all units.
    const ranking = card(page, 'case-ranking');
    await ranking.getByRole('button', { name: '查看表格', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await ranking.locator('tbody th[scope="row"]').allInnerTexts(), ['包头市']);
    assert.equal(await ranking.locator('tbody th[scope="row"] button').count(), 0);
    await page.getByRole('button', { name: '恢复默认', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForSearch(page, {});
    await waitForSettled(page);
    assert.equal(await ranking.locator('tbody tr').count(), 12);
    assert.match(await button.innerText(), /全部盟市/);
  },
);

e2eTest(
  'keyboard only: every control on the page can be reached with Tab',
  { timeout: 120_000 },
  async ({ page }) => {
    await openDashboard(page);
    // Mark every visible, enabled control, then walk the tab order once and cross them off.
    const total = await page.evaluate(() => {
      const controls = [
        ...document.querySelectorAll('a[href], button, select, input, textarea, [tabindex]'),
      ].filter(
        (element) =>
          element.checkVisibility() &&
          !element.disabled &&
          element.getAttribute('tabindex') !== '-1' &&
          !element.closest('[inert]'),
      );
      controls.forEach((element, index) => {
        element.dataset.e2eControl = String(index);
      });
      return controls.length;
    });
    assert.ok(total > 50, `found ${total} controls`);
    // The page records what receives focus; the test only presses Tab.
    await page.evaluate(() => {
      window.__e2eFocused = new Set();
      document.addEventListener('focusin', (event) => {
        const id = event.target?.dataset?.e2eControl;
        if (id !== undefined) window.__e2eFocused.add(id);
      });
    });
    await page.locator('body').focus();
    // Some stops are not controls (Chromium makes a scrollable table a stop of its own): a margin.
    for (let presses = 0; presses < total + 40; presses += 1) await page.keyboard.press('Tab');
    const reached = await page.evaluate(() => [...window.__e2eFocused]);
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll('[data-e2e-control]')]
          .filter((element) => !seen.includes(element.dataset.e2eControl))
          .map((element) => element.outerHTML.slice(0, 120)),
      reached,
    );
    assert.deepEqual(missed, [], 'controls Tab never reaches');
  },
);
