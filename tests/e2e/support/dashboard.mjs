// How a user finds things on the dashboard, in one place, so that a changed label breaks one file.
import assert from 'node:assert/strict';
import { baseUrl } from './session.mjs';

export const labels = {
  'zh-CN': {
    units: '盟市',
    showTable: '查看表格',
    showChart: '查看图表',
    definition: '口径',
    retry: '重试',
    language: '语言',
    sample: '示例数据',
    reset: '恢复默认',
    copyLink: '复制链接',
    quarter: '按季',
    month: '按月',
    mom: '环比',
  },
  en: {
    units: 'Leagues and cities',
    showTable: 'View as table',
    showChart: 'View as chart',
    definition: 'Definition',
    retry: 'Retry',
    language: 'Language',
    sample: 'Sample data',
    reset: 'Reset',
    copyLink: 'Copy link',
    quarter: 'Quarterly',
    month: 'Monthly',
    mom: 'Previous period',
  },
};

/** The Chinese section headings, in the report's order. */
export const sectionHeadings = [
  '总体进展',
  '进度预警',
  '涉法涉诉信访积案化解',
  '诉源治理 · 矛盾纠纷分流化解',
  '一网通办 · 智治支撑',
  '调查研究',
  '市域社会治理现代化试点',
  '任务清单',
];

/** The unit names on a horizontal bar chart's category axis, top to bottom. */
export const unitAxisLabels = '.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value';

export const card = (page, id) => page.locator(`section.card[data-card="${id}"]`);

/**
 * A card's chart, as a user sees it: scrolled to, and drawn. Charts below the fold are drawn only
 * when they come near the screen, so a test reads a chart the way a user would reach it.
 */
export async function drawnChart(page, id) {
  const target = card(page, id);
  await target.scrollIntoViewIfNeeded();
  const chart = target.getByRole('img');
  await chart.locator('svg').first().waitFor();
  return chart;
}

/** Scrolls past every card so that each chart is drawn, and waits until they all are. */
export async function drawEveryChart(page) {
  const ids = await page
    .locator('section.card[data-card]')
    .evaluateAll((cards) => cards.map((item) => item.dataset.card));
  for (const id of ids) await card(page, id).scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    // A series with one reported period is a value with its month, not a chart.
    [...document.querySelectorAll('section.card [role="img"]')].every(
      (area) => area.querySelector('svg') || area.querySelector('[data-single-value]'),
    ),
  );
}

/** Every card has settled: no skeleton, no loading tile, no card still fetching. */
export async function waitForSettled(page, { timeout = 30_000 } = {}) {
  await page.waitForFunction(
    () => {
      const cards = document.querySelectorAll('section.card[data-state]');
      if (cards.length === 0) return false;
      if ([...cards].some((item) => item.getAttribute('data-state') === 'loading')) return false;
      return !document.querySelector('[aria-busy="true"], .skeleton, .headline--loading');
    },
    null,
    { timeout, polling: 100 },
  );
}

/** Opens the dashboard at a query string (e.g. "?units=baotou") and waits until it has settled. */
export async function openDashboard(page, search = '') {
  const response = await page.goto(`${baseUrl}/${search}`);
  assert.ok(response?.ok(), `the page answered ${response?.status()}`);
  await waitForSettled(page);
  return response;
}

export const currentSearch = (page) => new URL(page.url()).search;

export function searchParams(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Text of every cell of a table, header row included, as an array of rows. */
export function tableText(tableLocator) {
  return tableLocator.evaluate((table) =>
    [...table.rows].map((row) =>
      [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );
}

/** Switches a chart card to its table (if it is not already) and reads it. */
export async function readCardTable(page, id, language = 'zh-CN') {
  const target = card(page, id);
  const toggle = target.getByRole('button', { name: labels[language].showTable, exact: true });
  const table = target.locator('table.data-table');
  // Either is there once the card has its figures; clicking only if the toggle was visible at one
  // instant could miss it (a card drawn a moment later), and then wait for a table never asked for.
  await toggle.or(table).first().waitFor();
  if (!(await table.isVisible())) await toggle.click();
  await table.waitFor();
  return tableText(table);
}

/** "1,234件" → 1234, "55.2%" → 55.2, "−3.1 pp" → -3.1, "—" → null. */
export function numberIn(text) {
  const cleaned = text.replace(/[\u2212\u2013]/g, '-').replace(/[^\d.-]/g, '');
  if (cleaned === '' || cleaned === '-') return null;
  return Number(cleaned);
}

/** Calls the API the page uses (answered by msw in the page) and returns its JSON. */
export function fetchApi(page, path, params = {}) {
  const query = new URLSearchParams(params).toString();
  return page.evaluate(
    async (url) => {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    },
    `/api/v1${path}${query ? `?${query}` : ''}`,
  );
}

/** The headline tiles' visible values, by indicator id. */
export function headlineValues(page) {
  return page
    .locator('li.headline[data-indicator]')
    .evaluateAll((tiles) =>
      Object.fromEntries(
        tiles.map((tile) => [
          tile.getAttribute('data-indicator'),
          tile.querySelector('.headline__value')?.textContent?.trim() ?? '',
        ]),
      ),
    );
}

/** The unit filter's disclosure button (the one labelled by the 盟市 field label). */
export const unitFilterButton = (page, language = 'zh-CN') =>
  page
    .getByRole('region', { name: language === 'en' ? 'Filters' : '筛选条件' })
    .getByRole('button', { name: new RegExp(`^${labels[language].units}`) });

/** Chooses exactly these units (by visible name) in the unit filter, with the mouse. */
export async function chooseUnits(page, names, language = 'zh-CN') {
  const button = unitFilterButton(page, language);
  await button.click();
  const panel = page.getByRole('group', { name: labels[language].units, exact: true });
  for (const name of names) await panel.getByRole('checkbox', { name, exact: true }).check();
  await page.keyboard.press('Escape');
  await assert.doesNotReject(panel.waitFor({ state: 'detached' }));
}

export const selectPeriod = async (page, from, to) => {
  if (from) await page.locator('#filter-from').selectOption(from);
  if (to) await page.locator('#filter-to').selectOption(to);
};

/** Waits for the URL to carry these parameters (and no other filter parameters). */
export async function waitForSearch(page, expected) {
  await page.waitForFunction(
    (wanted) => {
      const params = new URLSearchParams(window.location.search);
      const actual = Object.fromEntries(params);
      return (
        JSON.stringify(Object.entries(actual).sort()) ===
        JSON.stringify(Object.entries(wanted).sort())
      );
    },
    expected,
    { timeout: 10_000 },
  );
}
