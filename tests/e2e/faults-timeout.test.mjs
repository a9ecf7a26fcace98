// A request that never answers: the client gives up after its timeout and two retries, says so in
// the card, and retry works once the API answers. Its own file, so that its long wait (~35 s)
// runs beside the other files instead of after them.
import assert from 'node:assert/strict';
import {
  card,
  chooseUnits,
  drawnChart,
  readCardTable,
  waitForSearch,
} from './support/dashboard.mjs';
import {
  assertCardError,
  assertOtherCardsReady,
  caseRankingRequest,
  emptyForBaotouOnly,
  faultHits,
  resetApi,
} from './support/faults.mjs';
import { baseUrl, e2eTest } from './support/session.mjs';

e2eTest(
  'hang: the card times out with a message, the rest works meanwhile, retry recovers',
  { timeout: 150_000, mockApi: [{ ...caseRankingRequest, kind: 'hang' }] },
  async ({ page }) => {
    const started = Date.now();
    await page.goto(`${baseUrl}/`);
    const ranking = card(page, 'case-ranking');
    await page.locator('[data-card="ranking-leader-handled"][data-state="ready"]').waitFor();
    // Charts are drawn as they come near the screen: bring this one into view, so that the test
    // does not hang on how far down the page it happens to sit.
    await card(page, 'ranking-leader-handled').scrollIntoViewIfNeeded();

    // Meanwhile the dashboard answers: a filter change updates the other cards at once.
    await chooseUnits(page, ['包头市']);
    await waitForSearch(page, { units: 'baotou' });
    // The URL changes a moment before the card's new request starts: wait for the new answer (one
    // unit's bar), not for the first moment the card is not busy.
    await page.waitForFunction(
      () => {
        const leader = document.querySelector(
          '[data-card="ranking-leader-handled"][data-state="ready"][aria-busy="false"]',
        );
        return leader?.querySelectorAll('.recharts-bar-rectangle').length === 1;
      },
      null,
      { timeout: 30_000, polling: 100 },
    );
    const bars = (await drawnChart(page, 'ranking-leader-handled')).locator(
      '.recharts-bar-rectangle',
    );
    assert.equal(await bars.count(), 1);
    assert.equal(await ranking.getAttribute('data-state'), 'loading', 'still waiting');

    await page
      .locator('[data-card="case-ranking"][data-state="error"]')
      .waitFor({ timeout: 120_000 });
    const waited = (Date.now() - started) / 1000;
    assert.ok(
      waited > 20,
      `gave up after ${waited.toFixed(0)} s: a timeout, not an instant failure`,
    );
    await assertCardError(page, 'case-ranking', 'hang');
    await assertOtherCardsReady(page, ['case-ranking'], emptyForBaotouOnly);
    assert.ok((await faultHits(page))[0] >= 3, 'the first try and two retries');

    await resetApi(page);
    await ranking.getByRole('button', { name: '重试', exact: true }).click();
    await page.locator('[data-card="case-ranking"][data-state="ready"]').waitFor();
    assert.deepEqual(
      (await readCardTable(page, 'case-ranking')).slice(1).map((row) => row[0]),
      ['包头市'],
    );
  },
);
