// Faults are injected through the mock API's test hook (mocks/fault-injection.ts): msw answers
// inside the page (mocks/in-page.ts), where Playwright's request interception cannot reach.
import assert from 'node:assert/strict';
import { card } from './dashboard.mjs';

/**
 * The case-ranking card's own request. The resolution-rate trend asks for the same three indicators
 * (the rate is combined from its counts), in its own request and in another order
 * (src/app/sections/case-resolution-section.tsx asks in backlogIds' assigned, resolved, rate order),
 * so the whole list in that order is what breaks this one card.
 */
export const caseRankingRequest = {
  path: '/observations',
  params: { indicator: 'backlog-assigned,backlog-resolved,backlog-resolution-rate' },
};

/** What each fault must say in the card, in Chinese (error.* messages). */
export const faultMessages = {
  'http-500': '服务器返回错误',
  network: '无法连接服务器',
  hang: '服务器长时间未响应',
  'malformed-json': '服务器返回的数据无法解析',
  'bad-schema': '服务器返回的数据不符合接口约定',
};

/** Chromium logs every failed fetch; these tests provoke them on purpose. */
export const failedLoadLogged = [/^Failed to load resource: /];

export const failApi = (page, path, kind, params) =>
  page.evaluate(
    ([path, kind, params]) => window.__mockApi.fail(path, kind, { params }),
    [path, kind, params],
  );

export const resetApi = (page) => page.evaluate(() => window.__mockApi.reset());

export const faultHits = (page) => page.evaluate(() => window.__mockApi.hits());

/**
 * The e-service rates are one city's (乌海市, the indicators' scopeUnitIds): with only 包头市 chosen,
 * their trend cards and headline tile have nothing to show and say so. That is the selection, not a
 * fault.
 */
export const emptyForBaotouOnly = {
  cards: ['trend-e-service', 'trend-fully-online'],
  headlines: ['fully-online-rate'],
};

/**
 * Every chart card other than these is ready: the fault stayed in its card. `empty` names the cards
 * and headline tiles the current selection leaves without data: those cards must say "no data"
 * (empty), never error.
 */
export async function assertOtherCardsReady(page, exceptIds, empty = { cards: [], headlines: [] }) {
  const states = await page
    .locator('section.card[data-state]')
    .evaluateAll((cards) => cards.map((item) => [item.dataset.card, item.dataset.state]));
  assert.ok(states.length >= 14, `found ${states.length} chart cards`);
  const others = states.filter(([id]) => !exceptIds.includes(id));
  for (const [id, state] of others)
    assert.equal(state, empty.cards.includes(id) ? 'empty' : 'ready', `card ${id} is unaffected`);
  const staleCards = await page
    .locator('.card__stale')
    .evaluateAll((marks) => marks.map((mark) => mark.closest('[data-card]')?.dataset.card));
  assert.deepEqual(
    staleCards.filter((id) => !exceptIds.includes(id)),
    [],
    'no other card is marked stale',
  );
  const headlines = await page
    .locator('li.headline[data-indicator]')
    .evaluateAll((tiles) =>
      tiles.map((tile) => [
        tile.dataset.indicator,
        tile.querySelector('.headline__value')?.textContent ?? '',
      ]),
    );
  assert.equal(headlines.length, 5);
  assert.ok(
    headlines.every(([id, text]) => empty.headlines.includes(id) || /\d/.test(text)),
    `the headline figures are there: ${JSON.stringify(headlines)}`,
  );
  assert.equal(await page.getByRole('region', { name: '总体进展' }).getByRole('alert').count(), 0);
}

/** The card shows the fault's message as an alert, with a retry button, and no chart. */
export async function assertCardError(page, id, kind) {
  const target = card(page, id);
  assert.equal(await target.getAttribute('data-state'), 'error');
  const alert = target.getByRole('alert');
  assert.match(await alert.innerText(), new RegExp(faultMessages[kind]));
  assert.equal(await alert.getByRole('button', { name: '重试', exact: true }).count(), 1);
  assert.equal(await target.getByRole('img').count(), 0, 'no chart drawn from missing data');
}
