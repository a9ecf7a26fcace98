import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import { server } from '@mocks/node';
import {
  expectedText,
  findCard,
  leagueCityIds,
  openTable,
  renderApp,
  stored,
  tableRecords,
  tableRows,
  waitForQuiet,
} from './render-app';

// Drawing the Recharts charts costs seconds per render in jsdom and shows nothing a test can read;
// the numbers are asserted through each card's table view. dashboard-table keeps real charts.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const API = '*/api/v1';

const serverError = () =>
  HttpResponse.json(
    { title: 'Internal error', status: 500, detail: 'database unavailable' },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  );

/**
 * These cases break single GET /observations requests, as a server without the batch endpoint
 * would get them; batched queries and their per-query errors are tested in observations-batch.
 */
const withoutBatchEndpoint = () =>
  server.use(http.get(`${API}/observations/batch`, () => new HttpResponse(null, { status: 404 })));

/** Fails /observations for requests whose indicator list satisfies `matches`; the rest pass through. */
function failObservations(matches: (indicators: string[]) => boolean, answer = serverError) {
  withoutBatchEndpoint();
  server.use(
    http.get(`${API}/observations`, ({ request }) => {
      const indicators = (new URL(request.url).searchParams.get('indicator') ?? '').split(',');
      // Returning nothing hands the request on to the normal handler.
      return matches(indicators) ? answer() : undefined;
    }),
  );
}

/** Alerts that say something: live regions (an export menu's status) wait empty until they do. */
const alertsIn = (container: HTMLElement = document.body) =>
  within(container)
    .queryAllByRole('alert')
    .filter((alert) => (alert.textContent ?? '').trim() !== '');
const alertIn = (container: HTMLElement) => {
  const [alert, ...more] = alertsIn(container);
  if (!alert || more.length > 0)
    throw new Error(`expected one alert, found ${alertsIn(container).length}`);
  return alert;
};

const sumOver = (unitIds: string[], indicatorId: string, month: string) =>
  unitIds.reduce((sum, unitId) => sum + (stored(indicatorId, unitId, month) ?? 0), 0);

const retryButton = (card: HTMLElement) => within(card).getByRole('button', { name: '重试' });

describe('a failing endpoint', () => {
  it('shows its error with a retry in its own card only, and retry brings the data', async () => {
    failObservations((indicators) => indicators.includes('leader-handled'));
    const { user } = await renderApp();

    const failed = await findCard('ranking-leader-handled', 'error');
    expect(alertIn(failed)).toHaveTextContent('服务器返回错误');
    expect(alertIn(failed)).toHaveTextContent('database unavailable');
    expect(within(failed).queryByRole('button', { name: '查看表格' })).not.toBeInTheDocument();
    await waitForQuiet();

    // Every other card shows its data.
    const states = [...document.querySelectorAll<HTMLElement>('section.card[data-state]')].map(
      (card) => [card.dataset.card, card.dataset.state],
    );
    expect(states.filter(([, state]) => state !== 'ready')).toEqual([
      ['ranking-leader-handled', 'error'],
    ]);
    expect(alertsIn()).toHaveLength(1);
    const neighbour = await findCard('case-ranking');
    expect((await openTable(neighbour, user)).slice(1)).toHaveLength(12);
    expect(document.querySelectorAll('li.headline[data-indicator]')).toHaveLength(5);

    // The server recovers; retry asks again and the card shows the numbers.
    server.resetHandlers();
    await user.click(retryButton(failed));
    const recovered = await findCard('ranking-leader-handled');
    const rows = (await openTable(recovered, user)).slice(1);
    const ordos = rows.find((row) => row[0] === '鄂尔多斯市');
    expect(ordos?.[1]).toBe(expectedText(stored('leader-handled', 'ordos', '2024-06')!, '件'));
    expect(alertsIn()).toHaveLength(0);
  });

  it('keeps failing on retry while the server still fails', async () => {
    failObservations((indicators) => indicators.includes('leader-handled'));
    const { user } = await renderApp();
    const failed = await findCard('ranking-leader-handled', 'error');
    await user.click(retryButton(failed));
    await waitForQuiet();
    expect(failed.dataset.state).toBe('error');
    expect(alertIn(failed)).toHaveTextContent('服务器返回错误');
  });

  it('says when a response does not match the API contract', async () => {
    failObservations(
      (indicators) => indicators.length === 1 && indicators[0] === 'disputes-diverted',
      () =>
        HttpResponse.json({ granularity: 'month', aggregate: true, points: [{ value: 'many' }] }),
    );
    await renderApp();
    const failed = await findCard('trend-disputes-diverted', 'error');
    expect(alertIn(failed)).toHaveTextContent('服务器返回的数据不符合接口约定');
    expect(retryButton(failed)).toBeVisible();
    await findCard('trend-resolution-rate');
  });

  it('says so again when a retry gets the same broken response', async () => {
    failObservations(
      (indicators) => indicators.includes('leader-handled'),
      () =>
        HttpResponse.json({ granularity: 'month', aggregate: false, points: [{ value: 'many' }] }),
    );
    const { user } = await renderApp();
    const failed = await findCard('ranking-leader-handled', 'error');
    expect(alertIn(failed)).toHaveTextContent('服务器返回的数据不符合接口约定');
    expect(alertIn(failed)).toHaveTextContent('/observations');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await user.click(retryButton(failed));
      await waitForQuiet();
      expect(failed.dataset.state).toBe('error');
      expect(alertIn(failed)).toHaveTextContent('服务器返回的数据不符合接口约定');
      expect(alertIn(failed)).toHaveTextContent('/observations');
    }
  });

  it('says when a response is not JSON at all', async () => {
    failObservations(
      (indicators) => indicators.length === 1 && indicators[0] === 'disputes-diverted',
      () =>
        new HttpResponse('<html>502 Bad Gateway</html>', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    await renderApp();
    const failed = await findCard('trend-disputes-diverted', 'error');
    expect(alertIn(failed)).toHaveTextContent('服务器返回的数据无法解析');
  });

  it('says when the server cannot be reached', async () => {
    failObservations(
      (indicators) => indicators.includes('multi-year-backlog'),
      () => HttpResponse.error(),
    );
    await renderApp();
    const failed = await findCard('ranking-multi-year-backlog', 'error');
    expect(alertIn(failed)).toHaveTextContent('无法连接服务器');
    await findCard('case-ranking');
  });

  it('keeps the numbers already shown, marked as stale, when a refresh fails', async () => {
    const { user, queryClient } = await renderApp();
    const card = await findCard('ranking-leader-handled');
    await waitForQuiet();
    failObservations((indicators) => indicators.includes('leader-handled'));
    // A later refresh (another tab's change, a reconnect) asks again and fails.
    await act(() => queryClient.refetchQueries());
    await vi.waitFor(() => expect(card.dataset.state).toBe('error'));

    const stale = alertIn(card);
    expect(stale).toHaveTextContent('数据未能更新（服务器返回错误），当前显示的是上次加载的数据。');
    const rows = (await openTable(card, user)).slice(1);
    expect(rows).toHaveLength(12);
    server.resetHandlers();
    await user.click(within(stale).getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(card.dataset.state).toBe('ready'));
    expect(alertsIn(card)).toHaveLength(0);
  });

  it('keeps the numbers already shown, marked as stale, when new filters cannot be loaded', async () => {
    const { user } = await renderApp();
    const card = await findCard('trend-disputes-diverted');
    await waitForQuiet();
    const allUnits = tableRecords(await openTable(card, user));
    const juneAllUnits = allUnits.at(-1)?.['分流化解矛盾纠纷'];
    expect(juneAllUnits).toBe(
      expectedText(sumOver(leagueCityIds, 'disputes-diverted', '2024-06'), '万件'),
    );

    withoutBatchEndpoint();
    server.use(
      http.get(`${API}/observations`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        return params.get('indicator') === 'disputes-diverted' && params.get('unit') === 'ordos'
          ? serverError()
          : undefined;
      }),
    );
    const ranking = await findCard('case-ranking');
    await openTable(ranking, user);
    await user.click(within(ranking).getByRole('button', { name: '鄂尔多斯市' }));
    await vi.waitFor(() => expect(card.dataset.state).toBe('error'));
    expect(alertIn(card)).toHaveTextContent(
      '数据未能更新（服务器返回错误），当前显示的是上次加载的数据。',
    );
    // The figures already shown stay in view rather than a blank card.
    expect(tableRecords(tableRows(card)).at(-1)?.['分流化解矛盾纠纷']).toBe(juneAllUnits);

    server.resetHandlers();
    await user.click(within(alertIn(card)).getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(card.dataset.state).toBe('ready'));
    expect(tableRecords(tableRows(card)).at(-1)?.['分流化解矛盾纠纷']).toBe(
      expectedText(stored('disputes-diverted', 'ordos', '2024-06')!, '万件'),
    );
  });

  // Figures kept after a failed update are shaped by the periods they were loaded for (months),
  // not by the new view's quarters, so they stay readable under the stale notice.
  it('keeps the monthly numbers in view when the switch to quarters fails', async () => {
    const { user } = await renderApp();
    const card = await findCard('trend-disputes-diverted');
    await waitForQuiet();
    await openTable(card, user);
    failObservations(
      (indicators) => indicators.length === 1 && indicators[0] === 'disputes-diverted',
    );
    await user.click(screen.getByRole('button', { name: '按季' }));
    await vi.waitFor(() => expect(card.dataset.state).toBe('error'));
    expect(card).not.toHaveTextContent('所选范围内没有数据。');
    expect(within(card).getByRole('table')).toBeVisible();
  });

  it('shows the overview’s error in the overview only', async () => {
    failObservations(
      (indicators) =>
        indicators.includes('backlog-resolved') && indicators.includes('disputes-diverted'),
    );
    const { user } = await renderApp();
    const overview = screen.getByRole('region', { name: '总体进展' });
    expect(await vi.waitFor(() => alertIn(overview))).toHaveTextContent('服务器返回错误');
    await waitForQuiet();
    expect(document.querySelectorAll('section.card[data-state="error"]')).toHaveLength(0);

    server.resetHandlers();
    await user.click(within(overview).getByRole('button', { name: '重试' }));
    await vi.waitFor(() =>
      expect(overview.querySelectorAll('li.headline[data-indicator]')).toHaveLength(5),
    );
  });

  it('shows the task list’s error in the task list only', async () => {
    server.use(http.get(`${API}/tasks`, serverError));
    const { user } = await renderApp();
    const tasks = screen.getByRole('region', { name: '任务清单' });
    expect(await vi.waitFor(() => alertIn(tasks))).toHaveTextContent('服务器返回错误');
    await findCard('case-ranking');

    server.resetHandlers();
    await user.click(within(tasks).getByRole('button', { name: '重试' }));
    expect(await within(tasks).findByRole('table')).toBeInTheDocument();
  });
});

describe('a failing catalogue', () => {
  it.each([
    { endpoint: '/meta', answer: serverError, says: '服务器返回错误' },
    { endpoint: '/units', answer: () => HttpResponse.error(), says: '无法连接服务器' },
    {
      endpoint: '/indicators',
      answer: () => HttpResponse.json({ indicators: [{ id: 'Not An Id' }] }),
      says: '服务器返回的数据不符合接口约定',
    },
  ])(
    '$endpoint: shows the page-level error with a retry that recovers',
    async ({ endpoint, answer, says }) => {
      server.use(http.get(`${API}${endpoint}`, answer));
      const { user } = await renderApp({ waitForFilters: false });
      const alert = await screen.findByText(/无法加载数据目录/);
      const box = alert.closest('[role="alert"]') as HTMLElement;
      expect(box).toHaveTextContent(says);
      expect(screen.queryByRole('region', { name: '筛选条件' })).not.toBeInTheDocument();
      expect(document.querySelectorAll('section.card')).toHaveLength(0);

      server.resetHandlers();
      await user.click(within(box).getByRole('button', { name: '重试' }));
      expect(await screen.findByRole('region', { name: '筛选条件' })).toBeInTheDocument();
      expect(screen.queryByText(/无法加载数据目录/)).not.toBeInTheDocument();
      expect(await screen.findByText('截至2024年6月30日')).toBeInTheDocument();
      await findCard('case-ranking');
    },
  );
});
