// Hostile input in the real browser: bad links, damaged saved state, and names carrying markup.
// (Thousands of generated URLs are the unit tests' job; this checks what the browser does with a few.)
import assert from 'node:assert/strict';
import {
  card,
  drawEveryChart,
  drawnChart,
  fetchApi,
  openDashboard,
  readCardTable,
  searchParams,
  unitFilterButton,
  waitForSettled,
} from './support/dashboard.mjs';
import { baseUrl, e2eTest } from './support/session.mjs';

e2eTest(
  'a link with bad parameters: each falls back alone, with a visible notice',
  {},
  async ({ page }) => {
    await openDashboard(
      page,
      '?units=ordos,atlantis&from=2024-13&compare=evil&granularity=quarter&%3Cb%3Ebold%3C%2Fb%3E=1',
    );
    const notice = page.locator('main').getByRole('status').filter({ hasText: '无法使用' });
    const text = await notice.innerText();
    assert.match(text, /参数 units 中的“atlantis”不存在/);
    assert.match(text, /参数 from 的值“2024-13”格式不正确/);
    assert.match(text, /参数 compare 的值“evil”格式不正确/);
    assert.match(text, /不认识的参数 <b>bold<\/b>/, 'markup in a parameter name is shown as text');
    assert.equal(await page.locator('main b').count(), 0);

    // The good parameters stand: Ordos, by quarter.
    assert.match(await unitFilterButton(page).innerText(), /鄂尔多斯市/);
    assert.equal(
      await page.getByRole('button', { name: '按季', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(
      await page.getByRole('button', { name: '同比', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(searchParams(page), { units: 'ordos', granularity: 'quarter' });
    const ranking = await readCardTable(page, 'case-ranking');
    assert.deepEqual(
      ranking.slice(1).map((row) => row[0]),
      ['鄂尔多斯市'],
    );

    await notice.getByRole('button', { name: '知道了' }).click();
    assert.equal(await notice.count(), 0);
  },
);

e2eTest(
  'damaged saved state falls back to the default view with a notice',
  { storage: { 'dashboard.view': '{"version":1,"search":' } },
  async ({ page }) => {
    await openDashboard(page);
    await assert.doesNotReject(page.getByText('已保存的视图已损坏，已恢复默认视图').waitFor());
    assert.match(await unitFilterButton(page).innerText(), /全部盟市/);
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('dashboard.view')));
    assert.equal(saved.version, 1, 'a sound view is saved in its place');
  },
);

e2eTest(
  'saved state from an older version is set aside; the current version restores the view',
  { storage: { 'dashboard.view': JSON.stringify({ version: 0, search: 'units=ordos' }) } },
  async ({ page }) => {
    await openDashboard(page);
    assert.match(await unitFilterButton(page).innerText(), /全部盟市/);
    assert.equal(new URL(page.url()).search, '');

    // A view chosen now is remembered across a reload without parameters.
    await page.goto(`${baseUrl}/?units=wuhai`);
    await waitForSettled(page);
    await page.goto(`${baseUrl}/`);
    await waitForSettled(page);
    assert.match(await unitFilterButton(page).innerText(), /乌海市/);
    assert.deepEqual(searchParams(page), { units: 'wuhai' });
  },
);

e2eTest('names carrying markup are shown as plain text everywhere', {}, async (session) => {
  const { page, context } = session;
  await openDashboard(page);
  const { units } = await fetchApi(page, '/units');
  const { indicators } = await fetchApi(page, '/indicators');
  const unitMarkup = '<img src=x onerror="window.__pwned=1">包头市';
  const indicatorMarkup = '<script>window.__pwned=2</script>领导包案';
  const hostileUnits = units.map((unit) =>
    unit.id === 'baotou' ? { ...unit, name: unitMarkup, nameEn: unitMarkup } : unit,
  );
  const hostileIndicators = indicators.map((indicator) =>
    indicator.id === 'leader-handled'
      ? { ...indicator, name: indicatorMarkup, definition: `<b>口径</b>${indicator.definition}` }
      : indicator,
  );
  await context.addInitScript(
    (rules) => {
      window.__mockApiInitial = rules;
    },
    [
      { path: '/units', body: { units: hostileUnits } },
      { path: '/indicators', body: { indicators: hostileIndicators } },
    ],
  );
  await page.reload();
  await waitForSettled(page);

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup ran');
  assert.equal(
    await page.locator('img[src="x"], main script, main b').count(),
    0,
    'none was parsed',
  );
  const ranking = card(page, 'ranking-leader-handled');
  assert.equal(await ranking.locator('h3').innerText(), `各盟市${indicatorMarkup}`);
  // Every chart drawn first: a chart mounting near the card as it scrolls into view moves the
  // button between Playwright's scroll and its click, which then lands beside it.
  await drawEveryChart(page);
  await ranking.getByRole('button', { name: '口径' }).click();
  assert.match(await ranking.locator('.card__definition').innerText(), /^<b>口径<\/b>/);
  const axis = await (
    await drawnChart(page, 'ranking-leader-handled')
  )
    .locator('svg')
    .textContent();
  assert.ok(axis.includes('<img src=x'), 'the chart axis shows the name as text');
  const table = await readCardTable(page, 'case-ranking');
  assert.ok(
    table.some((row) => row[0] === unitMarkup),
    'the table shows the name as text',
  );
  await unitFilterButton(page).click();
  await assert.doesNotReject(
    page.getByRole('checkbox', { name: unitMarkup, exact: true }).waitFor(),
    'the filter lists it as text',
  );
});
