// Faults are injected through the mock API's test hook (mocks/fault-injection.ts): msw answers in
// the page's service worker, where Playwright's request interception cannot reach.
import assert from 'node:assert/strict';
import { card } from './dashboard.mjs';

/** The case-ranking card alone asks for backlog-assigned, so this breaks that one card. */
export const caseRankingRequest = {
  path: '/observations',
  params: { indicator: 'backlog-assigned' },
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

/** Every chart card other than these is ready: the fault stayed in its card. */
export async function assertOtherCardsReady(page, exceptIds) {
  const states = await page
    .locator('section.card[data-state]')
    .evaluateAll((cards) => cards.map((item) => [item.dataset.card, item.dataset.state]));
  assert.ok(states.length >= 14, `found ${states.length} chart cards`);
  const others = states.filter(([id]) => !exceptIds.includes(id));
  for (const [id, state] of others) assert.equal(state, 'ready', `card ${id} is unaffected`);
  const staleCards = await page
    .locator('.card__stale')
    .evaluateAll((marks) => marks.map((mark) => mark.closest('[data-card]')?.dataset.card));
  assert.deepEqual(
    staleCards.filter((id) => !exceptIds.includes(id)),
    [],
    'no other card is marked stale',
  );
  const headlines = await page.locator('li.headline .headline__value').allInnerTexts();
  assert.equal(headlines.length, 5);
  assert.ok(
    headlines.every((text) => /\d/.test(text)),
    'the headline figures are there',
  );
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
