// A broken API, one failure at a time: the affected card says what went wrong, the rest of the
// dashboard keeps working, and retry recovers once the API answers again.
import assert from 'node:assert/strict';
import {
  card,
  drawnChart,
  chooseUnits,
  openDashboard,
  readCardTable,
  waitForSearch,
  waitForSettled,
} from './support/dashboard.mjs';
import {
  assertCardError,
  assertOtherCardsReady,
  caseRankingRequest,
  emptyForBaotouOnly,
  failApi,
  failedLoadLogged,
  faultHits,
  resetApi,
} from './support/faults.mjs';
import { baseUrl, e2eTest } from './support/session.mjs';

const rowUnits = (table) => table.slice(1).map((row) => row[0]);

/** Four cards, four different faults, all at once: each card must show its own. */
const brokenCards = [
  {
    id: 'case-ranking',
    kind: 'http-500',
    indicator: caseRankingRequest.params.indicator,
    attempts: 3,
  },
  { id: 'ranking-leader-handled', kind: 'network', indicator: 'leader-handled', attempts: 3 },
  {
    id: 'trend-first-petition',
    kind: 'malformed-json',
    indicator: 'first-petition-rate',
    attempts: 1,
  },
  {
    id: 'ranking-multi-year-backlog',
    kind: 'bad-schema',
    indicator: 'multi-year-backlog',
    attempts: 1,
  },
];
const brokenIds = brokenCards.map((broken) => broken.id);

/** The rest keeps working: narrowing to one unit updates the other cards. */
async function filterStillWorks(page) {
  await chooseUnits(page, ['包头市']);
  await waitForSearch(page, { units: 'baotou' });
  await waitForSettled(page);
  const bars = (await drawnChart(page, 'ranking-new-court-cases-yoy')).locator(
    '.recharts-bar-rectangle',
  );
  assert.equal(await bars.count(), 1, 'another ranking now shows one unit');
}

e2eTest(
  'HTTP 500, network failure, malformed JSON, a response that breaks the schema: each card says which, the rest works, retry recovers',
  {
    mockApi: brokenCards.map(({ kind, indicator }) => ({
      path: '/observations',
      kind,
      // The cards ask from the default period's start; the headline tiles and the briefing ask for
      // some of the same indicators from the report's start (2022-07) or earlier.
      params: { indicator, from: '2023-07' },
    })),
    allowConsoleErrors: failedLoadLogged,
  },
  async ({ page }) => {
    await openDashboard(page);
    for (const { id, kind } of brokenCards) await assertCardError(page, id, kind);
    await assertOtherCardsReady(page, brokenIds);
    // Server and network failures are retried twice; a broken body is not worth asking again.
    assert.deepEqual(
      await faultHits(page),
      brokenCards.map((broken) => broken.attempts),
      'requests each fault answered',
    );

    await filterStillWorks(page);
    for (const { id, kind } of brokenCards) await assertCardError(page, id, kind);

    await resetApi(page);
    for (const { id } of brokenCards)
      await card(page, id).getByRole('button', { name: '重试', exact: true }).click();
    // Each card is told of its new request in a turn of its own (src/lib/turns.ts), so right after
    // the clicks the page can still look settled with the errors: wait for the cards themselves.
    for (const { id } of brokenCards)
      await page.waitForFunction(
        (cardId) =>
          document
            .querySelector(`section.card[data-card="${cardId}"]`)
            ?.getAttribute('data-state') === 'ready',
        id,
        { timeout: 30_000, polling: 100 },
      );
    await waitForSettled(page);
    for (const { id } of brokenCards)
      assert.equal(await card(page, id).getAttribute('data-state'), 'ready', id);
    assert.deepEqual(rowUnits(await readCardTable(page, 'case-ranking')), ['包头市']);
  },
);

e2eTest(
  'empty dataset: the card says there is no data, the rest works',
  { mockApi: [{ ...caseRankingRequest, kind: 'empty' }] },
  async ({ page }) => {
    await openDashboard(page);
    const ranking = card(page, 'case-ranking');
    assert.equal(await ranking.getAttribute('data-state'), 'empty');
    assert.match(await ranking.innerText(), /所选范围内没有数据。/);
    assert.equal(await ranking.getByRole('img').count(), 0);
    assert.equal(await ranking.getByRole('button', { name: '查看表格' }).count(), 0);
    await assertOtherCardsReady(page, ['case-ranking']);

    // With no figures, nobody is known to be on target: the subtitle must not say so.
    const subtitle = await ranking.locator('.card__subtitle').innerText();
    assert.doesNotMatch(
      subtitle,
      /均达到阶段目标/,
      'an empty card claims every unit meets the target',
    );

    await filterStillWorks(page);
    assert.equal(await ranking.getAttribute('data-state'), 'empty');
    await resetApi(page);
    await chooseUnits(page, ['鄂尔多斯市']);
    await waitForSettled(page);
    assert.equal(await ranking.getAttribute('data-state'), 'ready');
    assert.deepEqual(rowUnits(await readCardTable(page, 'case-ranking')).sort(), [
      '包头市',
      '鄂尔多斯市',
    ]);
  },
);

e2eTest(
  'the overview, a pilot brand card and the task list each show their own error',
  {
    mockApi: [
      {
        path: '/observations',
        kind: 'http-500',
        // Only the headline tiles ask for these two together (src/app/report-layout.ts headlineIds).
        params: { indicator: ['backlog-resolved', 'disputes-diverted'] },
      },
      { path: '/observations', kind: 'http-500', params: { indicator: 'border-villages-covered' } },
      { path: '/tasks', kind: 'http-500' },
    ],
    allowConsoleErrors: failedLoadLogged,
  },
  async ({ page }) => {
    await openDashboard(page);
    const overview = page.getByRole('region', { name: '总体进展' });
    const brand = card(page, 'brand-border-governance');
    const tasks = page.locator('[data-card="tasks"]');
    for (const [where, area] of [
      ['overview', overview],
      ['border brand', brand],
      ['tasks', tasks],
    ]) {
      assert.match(await area.getByRole('alert').innerText(), /服务器返回错误/, where);
    }
    // Every chart card is unaffected, and the other brand cards show their figures.
    const states = await page
      .locator('section.card[data-state]')
      .evaluateAll((cards) => cards.map((item) => item.dataset.state));
    assert.ok(states.length >= 14 && states.every((state) => state === 'ready'));
    // One brand card in error. The live text reads the failed figures again as other data arrives,
    // and a query with no data shows its skeleton while it retries: wait for the message to be back.
    await page.waitForFunction(
      () => document.querySelectorAll('.brand-card [role="alert"]').length === 1,
    );

    await resetApi(page);
    // Each area's message goes once the API answers again: through its own 重试, or first through
    // another area's recovery (the live text reads the task list and the figures again), in which
    // case there is nothing left to click.
    for (const area of [tasks, overview, brand]) {
      void area
        .getByRole('button', { name: '重试', exact: true })
        .click({ timeout: 10_000 })
        .catch(() => {});
      await area.getByRole('alert').waitFor({ state: 'detached' });
    }
    await waitForSettled(page);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.equal(await page.locator('li.headline[data-indicator]').count(), 5);
    assert.ok((await tasks.locator('tbody tr').count()) > 0);
  },
);

e2eTest(
  'the catalogue failing: one page-level message, and retry loads the dashboard',
  { mockApi: [{ path: '/units', kind: 'http-500' }], allowConsoleErrors: failedLoadLogged },
  async ({ page }) => {
    await page.goto(`${baseUrl}/`);
    const alert = page.locator('main').getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), /无法加载数据目录/);
    assert.equal(await page.getByRole('region', { name: '筛选条件' }).count(), 0);
    // The header still says what the page is, from the dataset information that did load.
    assert.match(await page.locator('h1').innerText(), /进展监测/);

    await resetApi(page);
    await alert.getByRole('button', { name: '重试', exact: true }).click();
    await waitForSettled(page);
    assert.equal((await page.locator('section.card[data-state="ready"]').count()) >= 14, true);
  },
);

e2eTest(
  'a new filter whose request fails: the figures already shown stay, marked stale',
  { allowConsoleErrors: failedLoadLogged },
  async ({ page }) => {
    await openDashboard(page);
    const ranking = card(page, 'case-ranking');
    const before = await readCardTable(page, 'case-ranking');
    assert.equal(before.length, 13);
    const baotouBefore = before.find((row) => row[0] === '包头市');

    await failApi(page, caseRankingRequest.path, 'http-500', caseRankingRequest.params);
    await chooseUnits(page, ['包头市']);
    // While the new request is retried, and after it has failed, the card keeps the previous
    // answer, read with the units it was asked for; once it has failed, it says the figures are old.
    const stale = ranking.locator('.card__stale');
    await stale.waitFor({ timeout: 30_000 });
    assert.match(await stale.innerText(), /数据未能更新（服务器返回错误）/);
    const kept = await readCardTable(page, 'case-ranking');
    assert.deepEqual(kept, before);
    assert.ok(kept.some((row) => row[0] === baotouBefore[0]));
    await waitForSettled(page);
    await assertOtherCardsReady(page, ['case-ranking'], emptyForBaotouOnly);

    await resetApi(page);
    await stale.getByRole('button', { name: '重试', exact: true }).click();
    await stale.waitFor({ state: 'detached', timeout: 30_000 });
    // The mark goes as the retry starts, while the kept figures are still shown: wait for the answer.
    await waitForSettled(page);
    assert.equal(await ranking.getAttribute('data-state'), 'ready');
    assert.deepEqual(rowUnits(await readCardTable(page, 'case-ranking')), ['包头市']);
  },
);

e2eTest(
  'a refetch that fails keeps the numbers on screen, marked stale, until retry succeeds',
  { clock: true, allowConsoleErrors: failedLoadLogged },
  async ({ page }) => {
    await openDashboard(page);
    const ranking = card(page, 'case-ranking');
    const shown = await readCardTable(page, 'case-ranking');

    await failApi(page, caseRankingRequest.path, 'http-500', caseRankingRequest.params);
    // Six minutes on, every figure is older than the 5-minute staleTime; the connection coming back
    // (an intranet laptop waking up) makes React Query refetch what is on screen.
    await page.clock.fastForward('06:00');
    await page.evaluate(() => {
      window.dispatchEvent(new Event('offline'));
      window.dispatchEvent(new Event('online'));
    });
    const stale = ranking.locator('.card__stale');
    await stale.waitFor({ timeout: 30_000 });
    assert.equal(await stale.getAttribute('role'), 'alert');
    assert.match(await stale.innerText(), /数据未能更新（服务器返回错误）/);
    assert.deepEqual(await readCardTable(page, 'case-ranking'), shown, 'the same numbers stay');
    assert.ok((await faultHits(page))[0] >= 1, 'the refetch did go to the broken endpoint');
    await waitForSettled(page);
    await assertOtherCardsReady(page, ['case-ranking']);

    await resetApi(page);
    await stale.getByRole('button', { name: '重试', exact: true }).click();
    await stale.waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await ranking.getAttribute('data-state'), 'ready');
  },
);

e2eTest(
  "the charts' code failing to load: the card says so and keeps its table, the page stays, retry draws it",
  {
    allowConsoleErrors: [
      ...failedLoadLogged,
      /Failed to fetch dynamically imported module/,
      /^A chart could not be drawn/,
    ],
  },
  async ({ page, context }) => {
    // The chunk with Recharts is fetched on demand (src/features/charts/lazy-charts.tsx); a
    // deployment that replaced it, or the network, can make that fetch fail.
    const chunk = /\/assets\/drawn-charts-[\w-]+\.js$/;
    let refused = 0;
    await context.route(chunk, (route) => {
      refused += 1;
      return route.abort('connectionrefused');
    });
    await openDashboard(page);
    // The first screen (headline figures and their sparklines) needs none of it. A chart card
    // within the near-screen margin below it may already have asked and say so in its card (where
    // the margin ends depends on the page's height as it loads): nothing else may.
    assert.equal((await page.locator('.sparkline path').count()) > 0, true);
    assert.equal(
      await page.getByRole('alert').count(),
      await page.locator('section.card .card-error').count(),
    );
    assert.equal(await page.locator('.headline-grid').getByRole('alert').count(), 0);

    const ranking = card(page, 'case-ranking');
    await ranking.scrollIntoViewIfNeeded();
    const failed = ranking.locator('.card-error');
    await failed.waitFor({ timeout: 15_000 });
    assert.equal(await failed.getAttribute('role'), 'alert');
    assert.match(await failed.innerText(), /图表未能显示，数据仍可点“查看表格”查看/);
    // The message and its buttons are reachable: the area is no longer announced as an image.
    assert.equal(await ranking.getByRole('img').count(), 0);
    assert.equal(await failed.getByRole('button', { name: '刷新页面' }).count(), 1);
    // One failed fetch is shown, not retried in a loop behind the user's back.
    // Every chart near the screen shares the code, and says so too.
    const failures = page.locator('section.card .card-error');
    assert.ok((await failures.count()) >= 2, 'the other charts near the screen say so too');
    const refusedOnce = refused;
    await page.waitForTimeout(1000);
    assert.equal(refused, refusedOnce, 'no fetch of the chunk after it failed, until asked');
    // The figures are still there as a table, and the headline figures above are untouched.
    const table = await readCardTable(page, 'case-ranking');
    assert.equal(table.length, 13);
    await ranking.getByRole('button', { name: '查看图表' }).click();
    assert.equal(await page.locator('li.headline[data-indicator]').count(), 5);

    await context.unroute(chunk);
    await failed.getByRole('button', { name: '重试', exact: true }).click();
    await ranking.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
    // One retry draws every chart that had failed, not only the card it was clicked in.
    await page.waitForFunction(() => !document.querySelector('section.card .card-error'), null, {
      timeout: 15_000,
    });
  },
);

e2eTest(
  "the embedded sample's worker failing to start: the page says the API is unavailable, and why",
  {
    allowConsoleErrors: [...failedLoadLogged, /^The sample API worker could not start/],
  },
  async ({ page, context }) => {
    // The page's requests go out once msw's handlers are in place; the sample's query engine,
    // in a Web Worker of its own, may still fail after that (its script refused here).
    const workerScript = /\/assets\/sample-engine\.worker-[\w-]+\.js$/;
    await context.route(workerScript, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${baseUrl}/`);
    const alert = page.locator('.card-error--page');
    await alert.waitFor({ timeout: 30_000 });
    assert.equal(await alert.getAttribute('role'), 'alert');
    const text = await alert.innerText();
    assert.match(text, /服务器返回错误/);
    assert.match(text, /HTTP 503 — the query worker failed/);
    assert.match(text, /重试/);
    // Nothing half-drawn under it: no headline figures, no charts.
    assert.equal(await page.locator('li.headline[data-indicator]').count(), 0);
  },
);
