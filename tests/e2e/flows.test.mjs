// What an official does every morning: open the dashboard, narrow it to a unit and a period, share
// the view, move back and forth, click into a chart, switch language, read a chart as a table.
import assert from 'node:assert/strict';
import { e2eTest, openSession } from './support/session.mjs';
import {
  card,
  drawEveryChart,
  drawnChart,
  chooseUnits,
  fetchApi,
  headlineValues,
  numberIn,
  openDashboard,
  readCardTable,
  searchParams,
  sectionHeadings,
  selectPeriod,
  unitAxisLabels,
  unitFilterButton,
  waitForSearch,
  waitForSettled,
} from './support/dashboard.mjs';

const plainName = (text) => text.replace(/[\u2068\u2069]/g, '');

const caseIndicators = 'backlog-assigned,backlog-resolved,backlog-resolution-rate';

/**
 * What the case-ranking table must say for one unit, worked out from the API's own answer: the
 * unit's last reported rate in the range, with the counts of that same month.
 */
async function expectedCaseRow(page, unitId, from, to) {
  const { points } = await fetchApi(page, '/observations', {
    indicator: caseIndicators,
    unit: unitId,
    from,
    to,
    granularity: 'month',
  });
  const rates = points
    .filter((point) => point.indicatorId === 'backlog-resolution-rate' && point.value !== null)
    .sort((a, b) => a.period.localeCompare(b.period));
  const latest = rates.at(-1);
  assert.ok(latest, `the API has no resolution rate for ${unitId} in ${from}–${to}`);
  const at = (indicatorId) =>
    points.find((point) => point.indicatorId === indicatorId && point.period === latest.period)
      ?.value ?? null;
  const assigned = at('backlog-assigned');
  const resolved = at('backlog-resolved');
  return {
    assigned,
    resolved,
    unresolved: assigned === null || resolved === null ? null : assigned - resolved,
    rate: Math.round(latest.value * 10) / 10,
  };
}

/** A case-ranking table row as numbers: [unit, assigned, resolved, unresolved, rate, …]. */
const caseRowNumbers = (row) => ({
  unit: row[0],
  assigned: numberIn(row[1]),
  resolved: numberIn(row[2]),
  unresolved: numberIn(row[3]),
  rate: numberIn(row[4]),
});

e2eTest('the first load shows every section of the report, with numbers', {}, async ({ page }) => {
  await openDashboard(page);

  await assert.doesNotReject(page.getByText('示例数据', { exact: true }).first().waitFor());
  assert.match(await page.getByTestId('as-of').innerText(), /^截至2024年6月30日$/);
  assert.deepEqual(
    await page.locator('main h2').allInnerTexts(),
    sectionHeadings,
    'every section of the report, in its order',
  );

  const headlines = await headlineValues(page);
  assert.equal(Object.keys(headlines).length, 5, 'five headline figures');
  for (const [id, value] of Object.entries(headlines))
    assert.match(value, /\d/, `headline ${id} shows a number`);

  const states = await page
    .locator('section.card[data-state]')
    .evaluateAll((cards) => cards.map((item) => [item.dataset.card, item.dataset.state]));
  // 14: the e-service rates are one city's, so they have trends but no ranking across units.
  assert.ok(states.length >= 14, `expected every chart card, found ${states.length}`);
  for (const [id, state] of states) assert.equal(state, 'ready', `card ${id}`);

  // Charts are drawn with numbers on them (axis ticks or bar labels), not just frames.
  await drawEveryChart(page);
  const chartsWithNumbers = await page
    .locator('section.card[data-state="ready"] [role="img"]')
    .evaluateAll((areas) =>
      areas.map((area) => /\d/.test(area.querySelector('svg')?.textContent ?? '')),
    );
  assert.equal(chartsWithNumbers.length, states.length);
  assert.ok(chartsWithNumbers.every(Boolean), 'every chart shows numbers');

  const brandFigures = await page.locator('.brand-card dd strong').allInnerTexts();
  assert.ok(brandFigures.length >= 10, 'the pilot brand cards show their figures');
  assert.ok(brandFigures.filter((text) => /\d/.test(text)).length >= brandFigures.length - 2);
  assert.ok((await page.locator('[data-card="tasks"] tbody tr').count()) > 5, 'the task list');
});

e2eTest(
  'filtering by a unit and a period shows that unit’s numbers for that period',
  {},
  async ({ page }) => {
    await openDashboard(page);
    const before = await readCardTable(page, 'case-ranking');
    const headlinesBefore = await headlineValues(page);
    assert.equal(before.length, 13, 'all 12 units ranked, under a header row');
    const baotouBefore = before.find((row) => row[0] === '包头市');
    assert.ok(baotouBefore);

    await chooseUnits(page, ['包头市']);
    await selectPeriod(page, '2023-01', '2024-03');
    await waitForSearch(page, { units: 'baotou', from: '2023-01', to: '2024-03' });
    await waitForSettled(page);

    const after = await readCardTable(page, 'case-ranking');
    assert.equal(after.length, 2, 'one unit under the header row');
    const { unit, ...shown } = caseRowNumbers(after[1]);
    assert.equal(unit, '包头市');
    assert.deepEqual(shown, await expectedCaseRow(page, 'baotou', '2023-01', '2024-03'));
    assert.notDeepEqual(after[1], baotouBefore, 'an earlier month gives other numbers');

    // The trend: one row per month of the range, each the API's figure for the unit.
    const trend = await readCardTable(page, 'trend-resolution-rate');
    const { points } = await fetchApi(page, '/observations', {
      indicator: 'backlog-resolution-rate',
      unit: 'baotou',
      from: '2023-01',
      to: '2024-03',
      granularity: 'month',
      aggregate: 'true',
    });
    assert.equal(trend.length - 1, 15, 'January 2023 to March 2024 is 15 months');
    assert.equal(trend[1][0], '2023年1月');
    assert.equal(trend.at(-1)[0], '2024年3月');
    const byPeriod = new Map(points.map((point) => [point.period, point.value]));
    trend.slice(1).forEach((row, index) => {
      const year = 2023 + Math.floor(index / 12);
      const period = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
      const value = byPeriod.get(period) ?? null;
      assert.equal(
        numberIn(row[1]),
        value === null ? null : Math.round(value * 10) / 10,
        `trend value for ${period}`,
      );
    });

    assert.notDeepEqual(await headlineValues(page), headlinesBefore, 'the headline figures');
    assert.match(await unitFilterButton(page).innerText(), /包头市/);
  },
);

e2eTest(
  'the copied link opens the same view in a new browser context',
  {},
  async ({ page, browser }) => {
    await openDashboard(page);
    await unitFilterButton(page).click();
    await page.getByRole('button', { name: '3个盟', exact: true }).click();
    await page.keyboard.press('Escape');
    await selectPeriod(page, '2023-04', null);
    await page.getByRole('button', { name: '按季', exact: true }).click();
    await page.getByRole('button', { name: '环比', exact: true }).click();
    await waitForSearch(page, {
      units: 'xingan,xilingol,alxa',
      from: '2023-04',
      granularity: 'quarter',
      compare: 'mom',
    });
    await waitForSettled(page);

    await page.getByRole('button', { name: '复制链接', exact: true }).click();
    await assert.doesNotReject(page.getByText('链接已复制').waitFor());
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, page.url(), 'the clipboard holds the current view’s link');

    const original = {
      caseRanking: await readCardTable(page, 'case-ranking'),
      trend: await readCardTable(page, 'trend-resolution-rate'),
      headlines: await headlineValues(page),
    };
    assert.equal(original.caseRanking.length, 4, 'the three leagues');
    assert.equal(original.trend.length, 6, 'Q2 2023 to Q2 2024 is five quarters');

    const fresh = await openSession(browser);
    try {
      const response = await fresh.page.goto(link);
      assert.ok(response?.ok());
      await waitForSettled(fresh.page);
      const other = fresh.page;
      assert.deepEqual(searchParams(other), searchParams(page));
      assert.match(await unitFilterButton(other).innerText(), /已选3个盟市/);
      assert.equal(await other.locator('#filter-from').inputValue(), '2023-04');
      assert.equal(await other.locator('#filter-to').inputValue(), '2024-06');
      for (const name of ['按季', '环比'])
        assert.equal(
          await other.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'),
          'true',
          name,
        );
      assert.deepEqual(await readCardTable(other, 'case-ranking'), original.caseRanking);
      assert.deepEqual(await readCardTable(other, 'trend-resolution-rate'), original.trend);
      assert.deepEqual(await headlineValues(other), original.headlines);
      fresh.assertClean();
    } finally {
      await fresh.close();
    }
  },
);

e2eTest('back and forward move between the views, and the page follows', {}, async ({ page }) => {
  await openDashboard(page);
  assert.equal(new URL(page.url()).search, '');
  const rowsOf = async () => (await readCardTable(page, 'case-ranking')).length - 1;
  assert.equal(await rowsOf(), 12);

  await chooseUnits(page, ['包头市']);
  await waitForSearch(page, { units: 'baotou' });
  await waitForSettled(page);
  assert.equal(await rowsOf(), 1);

  await selectPeriod(page, '2023-06', null);
  await waitForSearch(page, { units: 'baotou', from: '2023-06' });
  await waitForSettled(page);

  await page.goBack();
  await waitForSearch(page, { units: 'baotou' });
  await waitForSettled(page);
  assert.equal(await page.locator('#filter-from').inputValue(), '2023-07', 'default 12 months');
  assert.equal(await rowsOf(), 1);

  await page.goBack();
  await waitForSearch(page, {});
  await waitForSettled(page);
  assert.match(await unitFilterButton(page).innerText(), /全部盟市/);
  assert.equal(await rowsOf(), 12);

  await page.goForward();
  await waitForSearch(page, { units: 'baotou' });
  await waitForSettled(page);
  assert.match(await unitFilterButton(page).innerText(), /包头市/);
  assert.equal(await rowsOf(), 1);

  await page.goForward();
  await waitForSearch(page, { units: 'baotou', from: '2023-06' });
  await waitForSettled(page);
  assert.equal(await page.locator('#filter-from').inputValue(), '2023-06');
});

e2eTest(
  'clicking a bar in a unit ranking filters the dashboard by that unit',
  {},
  async ({ page }) => {
    await openDashboard(page);
    const ranking = card(page, 'ranking-leader-handled');
    const chart = await drawnChart(page, 'ranking-leader-handled');
    // Names are drawn bidi-isolated (U+2068 … U+2069); the units' names are without.
    const unitLabels = (await chart.locator(unitAxisLabels).allTextContents()).map(plainName);
    assert.equal(unitLabels.length, 12);
    const bars = chart.locator('.recharts-bar-rectangle');
    assert.equal(await bars.count(), 12);

    // The third bar from the top belongs to the third unit on the axis.
    const unitName = unitLabels[2];
    await bars.nth(2).click();
    const units = await fetchApi(page, '/units');
    const unitId = units.units.find((unit) => unit.name === unitName)?.id;
    assert.ok(unitId, `a unit named ${unitName}`);
    await waitForSearch(page, { units: unitId });
    await waitForSettled(page);
    assert.match(await unitFilterButton(page).innerText(), new RegExp(unitName));
    const caseRanking = await readCardTable(page, 'case-ranking');
    assert.deepEqual(
      caseRanking.slice(1).map((row) => row[0]),
      [unitName],
      'the other cards follow',
    );

    // Clicking the only bar left changes nothing: the view stays on that unit (it used to clear
    // the filter, which surprised readers); 恢复默认 goes back to every unit.
    await ranking.getByRole('img').locator('.recharts-bar-rectangle').first().click();
    await waitForSettled(page);
    assert.equal(new URL(page.url()).searchParams.get('units'), unitId);
    await page.getByRole('button', { name: '恢复默认', exact: true }).click();
    await waitForSearch(page, {});
    await waitForSettled(page);
    assert.match(await unitFilterButton(page).innerText(), /全部盟市/);
  },
);

e2eTest('the language switch turns every label to English and back', {}, async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await waitForSettled(page);

  assert.equal(
    await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  assert.equal(
    await page.locator('h1').innerText(),
    'Political-legal committee campaign progress monitor',
  );
  assert.match(await page.getByTestId('as-of').innerText(), /^As of 30 Jun 2024$/);
  const headings = await page.locator('main h2').allInnerTexts();
  assert.equal(headings[0], 'Overview');
  assert.equal(headings.length, sectionHeadings.length);

  const table = await readCardTable(page, 'case-ranking', 'en');
  assert.equal(table[0][0], 'Unit');
  assert.ok(
    // A late unit carries the month of its figure: "Xilingol League (24-05)".
    table.slice(1).every((row) => /^[A-Z][A-Za-z ]+( \(\d{2}-\d{2}\))?$/.test(row[0])),
    'unit names in English',
  );
  assert.ok(
    table.slice(1).every((row) => !/件/.test(row.join(' '))),
    'no Chinese measure words in English numbers',
  );

  // Every visible string is translated: the only Han characters left are the "中文" switch itself.
  const hanOutsideSwitch = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\p{Script=Han}/u.test(text)) continue;
      const element = node.parentElement;
      if (!element || element.closest('[lang="zh-CN"]')) continue;
      if (!element.checkVisibility?.()) continue;
      found.push(text.trim().slice(0, 60));
    }
    return found;
  });
  assert.deepEqual(hanOutsideSwitch, [], 'Chinese text left in the English page');

  // The choice survives a reload, and switching back restores Chinese.
  await page.reload();
  await waitForSettled(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.deepEqual(await page.locator('main h2').allInnerTexts(), sectionHeadings);
});

e2eTest('the table view shows the chart’s numbers as an accessible table', {}, async ({ page }) => {
  await openDashboard(page);
  const ranking = card(page, 'case-ranking');
  const toggle = ranking.getByRole('button', { name: '查看表格', exact: true });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const barsInChart = (
    await (await drawnChart(page, 'case-ranking')).locator(unitAxisLabels).allTextContents()
  ).map(plainName);

  await toggle.click();
  const back = ranking.getByRole('button', { name: '查看图表', exact: true });
  assert.equal(await back.getAttribute('aria-pressed'), 'true');
  assert.equal(await ranking.getByRole('img').count(), 0, 'the table replaces the chart');
  const table = ranking.getByRole('table', { name: '各盟市积案化解情况（按化解率排序）' });
  await table.waitFor();
  assert.deepEqual(await table.locator('thead th[scope="col"]').allInnerTexts(), [
    '盟市',
    '交办积案',
    '已化解',
    '未化解',
    '积案化解率',
    '时间',
    '目标',
    '状态',
    '备注',
  ]);
  const rowHeaders = await table.locator('tbody th[scope="row"]').allInnerTexts();
  assert.deepEqual(rowHeaders, barsInChart, 'the same units in the same order as the bars');
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent ?? '')));
  for (const row of rows) {
    const [, assigned, resolved, unresolved, rate] = row.map(numberIn);
    assert.equal(assigned - resolved, unresolved, `${row[0]}: unresolved = assigned − resolved`);
    assert.ok(rate >= 0 && rate <= 100, `${row[0]}: a rate in per cent`);
  }
  // Other cards keep their charts.
  assert.equal(await card(page, 'trend-resolution-rate').getByRole('img').count(), 1);

  await back.click();
  assert.equal(await ranking.getByRole('img').count(), 1, 'and back to the chart');
});
