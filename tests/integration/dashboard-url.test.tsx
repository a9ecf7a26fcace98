import { act, cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import {
  combinedResolutionRate,
  expectedText,
  findCard,
  openTable,
  renderApp,
  tableRows,
  waitForQuiet,
} from './render-app';

// Drawing the Recharts charts costs seconds per render in jsdom and shows nothing a test can read;
// the numbers are asserted through each card's table view. dashboard-table keeps real charts.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const SAVED_VIEW = 'dashboard.view';

const unitsButton = () => screen.getByRole('button', { name: /^盟市 / });
const fromSelect = () => screen.getByRole('combobox', { name: '起始月份' });
const toSelect = () => screen.getByRole('combobox', { name: '截止月份' });
const pressed = (name: string) =>
  screen.getByRole('button', { name }).getAttribute('aria-pressed') === 'true';

/** The filter notice: the role=status region that lists parameters not used. */
async function findNotice() {
  return screen
    .findByText(/已改用默认值/)
    .then((title) => title.closest('[role="status"]') as HTMLElement);
}

describe('a link with filters', () => {
  it('opens that view: units, period, granularity and comparison in the controls and the numbers', async () => {
    const { user } = await renderApp({
      url: '/?units=ordos,baotou&from=2023-10&to=2024-03&granularity=quarter&compare=mom',
    });
    expect(unitsButton()).toHaveTextContent('已选2个盟市');
    expect(fromSelect()).toHaveValue('2023-10');
    expect(toSelect()).toHaveValue('2024-03');
    expect(pressed('按季')).toBe(true);
    expect(pressed('按月')).toBe(false);
    expect(pressed('环比')).toBe(true);
    expect(pressed('同比')).toBe(false);
    // A correct link is kept as it is: nothing to correct, nothing to report.
    expect(window.location.search).toBe(
      '?units=ordos,baotou&from=2023-10&to=2024-03&granularity=quarter&compare=mom',
    );
    expect(screen.queryByText(/已改用默认值/)).not.toBeInTheDocument();
    await waitForQuiet();

    // The two units, at the last quarter (read at its last month, March 2024).
    const ranking = await findCard('case-ranking');
    const rows = (await openTable(ranking, user)).slice(1);
    expect(rows.map((row) => row[0]).sort()).toEqual(['包头市', '鄂尔多斯市'].sort());
    const ordos = rows.find((row) => row[0] === '鄂尔多斯市');
    expect(ordos?.slice(1, 5)).toEqual(['139件', '85件', '54件', '61.2%']);

    const trend = await findCard('trend-resolution-rate');
    expect((await openTable(trend, user)).slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['2023年第4季度', expectedText(combinedResolutionRate(['ordos', 'baotou'], '2023-12'), '%')],
      ['2024年第1季度', expectedText(combinedResolutionRate(['ordos', 'baotou'], '2024-03'), '%')],
    ]);

    // 环比 in the headline: the two units' combined rate against the quarter before.
    const now = combinedResolutionRate(['ordos', 'baotou'], '2024-03')!;
    const before = combinedResolutionRate(['ordos', 'baotou'], '2023-12')!;
    const points = Math.round((now - before) * 10) / 10;
    const headline = document.querySelector(
      'li.headline[data-indicator="backlog-resolution-rate"]',
    );
    expect(headline).toHaveTextContent('2024年第1季度');
    expect(headline).toHaveTextContent(expectedText(now, '%'));
    expect(headline).toHaveTextContent(
      `环比${points > 0 ? '提高' : '下降'}${Math.abs(points).toFixed(1)}个百分点`,
    );
  });

  it('compares with the target when the link says compare=target', async () => {
    await renderApp({ url: '/?compare=target' });
    expect(pressed('对标目标')).toBe(true);
    await waitForQuiet();
    const headline = document.querySelector(
      'li.headline[data-indicator="backlog-resolution-rate"]',
    );
    const rate = combinedResolutionRate(
      [
        'hohhot',
        'baotou',
        'wuhai',
        'chifeng',
        'tongliao',
        'ordos',
        'hulunbuir',
        'bayannur',
        'ulanqab',
        'xingan',
        'xilingol',
        'alxa',
      ],
      '2024-06',
    )!;
    const difference = Math.round((rate - 55) * 10) / 10;
    // Judged against the interim milestone in force, named with its kind and due month.
    expect(headline).toHaveTextContent(
      difference >= 0
        ? `达标：阶段目标55%（2024年6月），高出${difference.toFixed(1)}个百分点`
        : `未达标：阶段目标55%（2024年6月），差${Math.abs(difference).toFixed(1)}个百分点`,
    );
    // The year-end target is shown beside it, as what it is.
    expect(headline).toHaveTextContent('年底目标85%（2024年12月）');
    // A tile judged against its year-end target names that target once, not again below.
    const firstPetition = document.querySelector(
      'li.headline[data-indicator="first-petition-rate"]',
    );
    const lines = [...(firstPetition?.querySelectorAll('.headline__change') ?? [])].map(
      (line) => line.textContent ?? '',
    );
    expect(lines.filter((line) => line.includes('年底目标90%（2024年12月）'))).toHaveLength(1);
    expect(lines.join('')).toMatch(/达标：年底目标90%（2024年12月）/);
  });
});

describe('a bad or unknown parameter', () => {
  const cases: Array<{
    name: string;
    url: string;
    says: RegExp;
    search: string;
    check: () => void;
  }> = [
    {
      name: 'an unknown unit',
      url: '/?units=nowhere&from=2023-10',
      says: /参数 units 中的“nowhere”不存在/,
      search: '?from=2023-10',
      check: () => {
        expect(unitsButton()).toHaveTextContent('全部盟市');
        expect(fromSelect()).toHaveValue('2023-10');
      },
    },
    {
      name: 'a month that does not exist',
      url: '/?from=2024-13&to=2024-03&units=ordos',
      says: /参数 from 的值“2024-13”格式不正确/,
      search: '?units=ordos&to=2024-03',
      check: () => {
        expect(toSelect()).toHaveValue('2024-03');
        // The default window: the twelve months up to the chosen end.
        expect(fromSelect()).toHaveValue('2023-04');
        expect(unitsButton()).toHaveTextContent('鄂尔多斯市');
      },
    },
    {
      name: 'a start after the end',
      url: '/?from=2024-05&to=2024-02&units=ordos',
      says: /起始月份 2024-05 晚于截止月份/,
      search: '?units=ordos&to=2024-02',
      check: () => {
        expect(toSelect()).toHaveValue('2024-02');
        expect(fromSelect()).toHaveValue('2023-03');
        expect(unitsButton()).toHaveTextContent('鄂尔多斯市');
      },
    },
    {
      name: 'an unknown granularity',
      url: '/?granularity=week&compare=mom',
      says: /参数 granularity 的值“week”格式不正确/,
      search: '?compare=mom',
      check: () => {
        expect(pressed('按月')).toBe(true);
        expect(pressed('环比')).toBe(true);
      },
    },
    {
      name: 'an unknown parameter',
      url: '/?foo=bar&units=ordos',
      says: /不认识的参数 foo/,
      search: '?units=ordos',
      check: () => expect(unitsButton()).toHaveTextContent('鄂尔多斯市'),
    },
    {
      name: 'a month before the data',
      url: '/?from=1999-01&to=2024-03',
      says: /参数 from 的月份 1999-01 超出数据范围/,
      search: '?to=2024-03',
      check: () => {
        expect(toSelect()).toHaveValue('2024-03');
        expect(fromSelect()).toHaveValue('2023-04');
      },
    },
    {
      name: 'an unknown comparison and a malformed unit list',
      url: '/?compare=best&units=ORDOS;drop&granularity=quarter',
      says: /参数 compare 的值“best”格式不正确/,
      search: '?granularity=quarter',
      check: () => {
        expect(screen.getByText(/参数 units 的值“ORDOS;drop”格式不正确/)).toBeInTheDocument();
        expect(pressed('同比')).toBe(true);
        expect(pressed('按季')).toBe(true);
      },
    },
  ];

  it.each(cases)('falls back for $name alone, with a visible notice', async (item) => {
    await renderApp({ url: item.url });
    const shown = await findNotice();
    expect(within(shown).getByText(item.says)).toBeVisible();
    item.check();
    // The corrected view is what the address bar now holds, so a copied link is clean.
    await vi.waitFor(() => expect(window.location.search).toBe(item.search));
    // The dashboard itself works: the cards load.
    await findCard('case-ranking');
  });

  it('lets the notice be dismissed', async () => {
    const { user } = await renderApp({ url: '/?foo=bar' });
    const shown = await findNotice();
    await user.click(within(shown).getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(/已改用默认值/)).not.toBeInTheDocument();
  });
});

/** The browser's back or forward button: the history moves, then popstate arrives. */
async function moveInHistory(direction: 'back' | 'forward') {
  await act(async () => {
    const moved = new Promise<void>((resolve) =>
      window.addEventListener('popstate', () => resolve(), { once: true }),
    );
    window.history[direction]();
    await moved;
  });
}

describe('history', () => {
  it('restores the previous view on back and the next one on forward', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: '按季' }));
    expect(window.location.search).toBe('?granularity=quarter');
    // Changing the end keeps the start that was shown.
    await user.selectOptions(toSelect(), '2024-03');
    expect(window.location.search).toBe('?from=2023-07&to=2024-03&granularity=quarter');

    await moveInHistory('back');
    expect(window.location.search).toBe('?granularity=quarter');
    expect(toSelect()).toHaveValue('2024-06');
    expect(pressed('按季')).toBe(true);

    await moveInHistory('back');
    expect(window.location.search).toBe('');
    expect(pressed('按月')).toBe(true);
    await waitForQuiet();
    const trend = await findCard('trend-disputes-diverted');
    expect((await openTable(trend, user)).at(-1)?.[0]).toBe('2024年6月');

    await moveInHistory('forward');
    expect(pressed('按季')).toBe(true);
    await waitForQuiet();
    expect(tableRows(trend).at(-1)?.[0]).toBe('2024年第2季度');
  });
});

describe('the saved view', () => {
  it('comes back on a fresh visit with no parameters', async () => {
    const first = await renderApp({ url: '/?units=ordos&to=2024-03' });
    await first.user.click(screen.getByRole('button', { name: '环比' }));
    expect(JSON.parse(localStorage.getItem(SAVED_VIEW) ?? 'null')).toEqual({
      version: 1,
      search: 'units=ordos&to=2024-03&compare=mom',
    });
    cleanup();

    const { user } = await renderApp({ url: '/' });
    expect(unitsButton()).toHaveTextContent('鄂尔多斯市');
    expect(toSelect()).toHaveValue('2024-03');
    expect(pressed('环比')).toBe(true);
    expect(window.location.search).toBe('?units=ordos&to=2024-03&compare=mom');
    await waitForQuiet();
    const ranking = await findCard('case-ranking');
    expect((await openTable(ranking, user)).slice(1)).toHaveLength(1);
  });

  it('gives way to a link that carries its own filters', async () => {
    localStorage.setItem(SAVED_VIEW, JSON.stringify({ version: 1, search: 'units=ordos' }));
    await renderApp({ url: '/?units=baotou' });
    expect(unitsButton()).toHaveTextContent('包头市');
  });

  it('checks a saved view like a link: a bad part falls back alone', async () => {
    localStorage.setItem(
      SAVED_VIEW,
      JSON.stringify({ version: 1, search: 'units=ordos&granularity=week' }),
    );
    await renderApp({ url: '/' });
    const shown = await findNotice();
    expect(within(shown).getByText(/参数 granularity 的值“week”格式不正确/)).toBeVisible();
    expect(unitsButton()).toHaveTextContent('鄂尔多斯市');
    expect(pressed('按月')).toBe(true);
  });

  it.each([
    { name: 'not JSON', stored: '{not json', notice: true },
    {
      name: 'a newer version',
      stored: JSON.stringify({ version: 2, search: 'units=ordos' }),
      notice: false,
    },
    { name: 'no version', stored: JSON.stringify({ search: 'units=ordos' }), notice: false },
    {
      name: 'a search that is not text',
      stored: JSON.stringify({ version: 1, search: 123 }),
      notice: false,
    },
    { name: 'null', stored: 'null', notice: false },
    { name: 'an array', stored: '[1,2]', notice: false },
  ])(
    'falls back cleanly to the default view when it is $name',
    async ({ stored, notice: says }) => {
      localStorage.setItem(SAVED_VIEW, stored);
      const { user } = await renderApp({ url: '/' });
      expect(unitsButton()).toHaveTextContent('全部盟市');
      expect(fromSelect()).toHaveValue('2023-07');
      expect(toSelect()).toHaveValue('2024-06');
      expect(pressed('按月')).toBe(true);
      expect(pressed('同比')).toBe(true);
      expect(window.location.search).toBe('');
      if (says) expect(await screen.findByText('已保存的视图已损坏，已恢复默认视图')).toBeVisible();
      else expect(screen.queryByText(/已改用默认值/)).not.toBeInTheDocument();
      // The damaged entry is replaced by the view now shown.
      expect(JSON.parse(localStorage.getItem(SAVED_VIEW) ?? 'null')).toEqual({
        version: 1,
        search: '',
      });
      await waitForQuiet();
      const ranking = await findCard('case-ranking');
      expect((await openTable(ranking, user)).slice(1)).toHaveLength(12);
    },
  );
});
