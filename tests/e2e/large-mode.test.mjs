// The large sample mode (?sample=large): 1,000 units × 40 indicators × 25 months generated and
// answered by the query engine in a Web Worker, through the same contract and the same charts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { baseUrl, e2eTest, resultsDir } from './support/session.mjs';
import {
  card,
  chooseUnits,
  numberIn,
  readCardTable,
  searchParams,
  unitAxisLabels,
  waitForSearch,
  waitForSettled,
} from './support/dashboard.mjs';

const screenshotsDir = new URL('screenshots/', resultsDir);
mkdirSync(screenshotsDir, { recursive: true });

// mocks/data/large-sample.ts: 1,000 units, the 12 盟市 first; unit i ≥ 12 is a county of
// 盟市 i mod 12, so 呼和浩特市 (the first) has the counties i = 12, 24, …, 996.
const UNITS = 1000;
const LEAGUE_CITIES = 12;
const hohhotCounties = Math.floor((UNITS - 1) / LEAGUE_CITIES);
// src/features/charts/many-units.ts: beyond 24 units, the first and last 10 are drawn.
const UNITS_EACH_END = 10;
const HEAP_BUDGET_MB = 300;
// src/app/sections/pace-section.tsx and src/app/pace-report.ts.
const PACE_ROWS_SHOWN = 24;
const MAX_NAMED_UNITS = 24;

const filterBar = (page) => page.getByRole('region', { name: '筛选条件' });
const heapMb = (page) => page.evaluate(() => performance.memory.usedJSHeapSize / 1024 / 1024);

e2eTest(
  'the large sample opens, filters, drills down to 83 counties and keeps the switch in the link',
  { timeout: 240_000 },
  async ({ page }) => {
    const response = await page.goto(`${baseUrl}/?sample=large`);
    assert.ok(response?.ok());
    await waitForSettled(page, { timeout: 120_000 });

    const title = await page.getByRole('heading', { level: 1 }).innerText();
    assert.match(title, /大规模示例数据：1,000个单位 × 40项指标 × 25个月/);
    await assert.doesNotReject(
      page.getByRole('banner').getByText('示例数据', { exact: true }).first().waitFor(),
    );
    assert.match(
      await page.locator('.dashboard-header__meta').innerText(),
      /1,000,000条观测/,
      'the header says how many observations the sample holds',
    );
    const firstRanking = await readCardTable(page, 'case-ranking');
    assert.equal(firstRanking.length - 1, LEAGUE_CITIES, 'the first screen ranks the 12 盟市');

    // A filter change: the period preset. The switch stays in the link.
    await filterBar(page).getByRole('button', { name: '近6个月' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('from'));
    await waitForSettled(page, { timeout: 60_000 });
    assert.equal(searchParams(page).sample, 'large');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /大规模示例数据/);

    // Drill down into 呼和浩特市: its counties come from the worker, through the same contract.
    await filterBar(page).getByRole('button', { name: '恢复默认' }).click();
    await waitForSearch(page, { sample: 'large' });
    await chooseUnits(page, ['呼和浩特市']);
    await waitForSearch(page, { sample: 'large', units: 'hohhot' });
    await filterBar(page).getByRole('button', { name: '下钻到旗县市区' }).click();
    await waitForSearch(page, { sample: 'large', parent: 'hohhot' });
    await waitForSettled(page, { timeout: 60_000 });
    const ranking = await readCardTable(page, 'case-ranking');
    const names = ranking.slice(1).map((row) => row[0]);
    assert.equal(names.length, hohhotCounties, 'the table lists every county of 呼和浩特市');
    assert.ok(names.every((name) => name.startsWith('呼和浩特市第')));

    // The chart of 83 counties draws the first and last ten, and says how many it leaves out.
    const ranked = card(page, 'case-ranking');
    await ranked.getByRole('button', { name: '查看图表', exact: true }).click();
    await ranked.scrollIntoViewIfNeeded();
    const axis = ranked.locator(unitAxisLabels);
    await axis.first().waitFor();
    const labels = await axis.allTextContents();
    assert.equal(labels.length, 2 * UNITS_EACH_END + 1);
    assert.ok(
      labels.includes(`⋯ 另有${hohhotCounties - 2 * UNITS_EACH_END}个`),
      labels.join(' | '),
    );
    await ranked.screenshot({ path: new URL('large-mode-counties.png', screenshotsDir).pathname });

    // 进度预警 of 83 counties: the table lists the first rows until asked for all, and a sentence
    // names the first counties and "等" rather than dozens of names.
    const pace = page.locator('[data-card="pace"]');
    const paceRows = pace.locator('table.pace-table tbody tr');
    assert.equal(await paceRows.count(), PACE_ROWS_SHOWN);
    const showAllRows = pace.getByRole('button', { name: /^显示全部[\d,]+项$/ });
    const behind = numberIn(await showAllRows.innerText());
    assert.ok(behind > PACE_ROWS_SHOWN);
    await showAllRows.click();
    assert.equal(await paceRows.count(), behind);
    const sentences = await pace.locator('.pace-sentences li').allInnerTexts();
    const namedLists = sentences.flatMap((text) =>
      [...text.matchAll(/（([^）]*)）/g)].map((m) => m[1]),
    );
    assert.ok(
      namedLists.some((names) => names.endsWith('等')),
      sentences.join('\n'),
    );
    assert.ok(namedLists.every((names) => names.split('、').length <= MAX_NAMED_UNITS));

    // A million observations live in the worker; the page keeps only what it shows.
    const heap = await heapMb(page);
    assert.ok(heap > 0 && heap <= HEAP_BUDGET_MB, `page JS heap ${heap.toFixed(1)} MB`);

    // The link reopens the same drilled view of the large sample.
    await page.reload();
    await waitForSettled(page, { timeout: 120_000 });
    assert.deepEqual(searchParams(page), { sample: 'large', parent: 'hohhot' });
    assert.deepEqual(await readCardTable(page, 'case-ranking'), ranking);
  },
);
