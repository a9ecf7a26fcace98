import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import {
  createTestQueryClient,
  expectedText,
  findCard,
  leagueCityIds,
  openTable,
  renderApp,
  stored,
  tableRecords,
  waitForQuiet,
} from './render-app';

// Drawing the Recharts charts costs seconds per render in jsdom and shows nothing a test can read;
// the numbers are asserted through each card's table view. dashboard-table keeps real charts.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const LANGUAGE = 'dashboard.language';
const disputesInJune = leagueCityIds.reduce(
  (sum, unitId) => sum + (stored('disputes-diverted', unitId, '2024-06') ?? 0),
  0,
);

describe('the language switch', () => {
  it('turns headings, filter labels and number wording into English, and back', async () => {
    const { user } = await renderApp({ url: '/?units=ordos&to=2024-03' });
    await waitForQuiet();
    const languages = screen.getByRole('group', { name: '语言' });
    expect(within(languages).getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(languages).getByRole('button', { name: 'English' }));

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('As of 30 Jun 2024')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Backlog petition case resolution' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Task list' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Filters' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Leagues and cities / })).toHaveTextContent('Ordos');
    expect(screen.getByRole('combobox', { name: 'To month' })).toHaveDisplayValue('Mar 2024');
    expect(screen.getByRole('button', { name: 'Quarterly' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Year on year' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Reset' })).toBeVisible();
    expect(screen.getByText('Sample data')).toBeVisible();
    // No Chinese label is left in the filter bar.
    expect(screen.getByRole('region', { name: 'Filters' }).textContent).not.toMatch(
      /[\u4e00-\u9fff]/,
    );

    // Numbers in English wording: 万件 as plain numbers, change as "Year on year: up/down …".
    const disputes = document.querySelector<HTMLElement>(
      'li.headline[data-indicator="disputes-diverted"]',
    )!;
    const now = stored('disputes-diverted', 'ordos', '2024-03')!;
    const yearAgo = stored('disputes-diverted', 'ordos', '2023-03')!;
    expect(disputes).toHaveTextContent('Disputes diverted and resolved before court');
    expect(disputes).toHaveTextContent(expectedText(now, '万件', 'en'));
    expect(disputes).toHaveTextContent('3,756');
    expect(disputes).toHaveTextContent('Mar 2024');
    const change = Math.round(((now - yearAgo) / yearAgo) * 1000) / 10;
    expect(disputes).toHaveTextContent(
      `Year on year: ${change > 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)}%`,
    );
    // A month's flow says so.
    expect(disputes).toHaveTextContent('in the month');

    const ranking = await findCard('case-ranking');
    expect(within(ranking).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Backlog cases by unit (ranked by resolution rate)',
    );
    expect(await openTable(ranking, user)).toEqual([
      [
        'Unit',
        'Assigned',
        'Resolved',
        'Unresolved',
        'Backlog resolution rate',
        'Period',
        'Target',
        'Status',
      ],
      [
        'Ordos',
        '139',
        '85',
        '54',
        '61.2%',
        'Mar 2024',
        'interim target 30% (Dec 2023)',
        'Meets target',
      ],
    ]);
    expect(within(ranking).getByRole('button', { name: 'View as chart' })).toBeVisible();

    // Back to Chinese: the same figures in Chinese wording.
    await user.click(within(languages).getByRole('button', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByText('截至2024年6月30日')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '涉法涉诉信访积案化解' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^盟市 / })).toHaveTextContent('鄂尔多斯市');
    expect(disputes).toHaveTextContent('0.38万件');
    expect(disputes).toHaveTextContent(
      `同比${change > 0 ? '上升' : '下降'}${Math.abs(change).toFixed(1)}%`,
    );
    expect(within(ranking).getAllByRole('row')[1]).toHaveTextContent(
      '鄂尔多斯市139件85件54件61.2%2024年3月阶段目标30%（2023年12月）达标',
    );
  });

  it('shows 万件 as whole numbers in English tables', async () => {
    const { user } = await renderApp({ language: 'en' });
    await waitForQuiet();
    const card = await findCard('trend-disputes-diverted');
    const last = tableRecords(await openTable(card, user)).at(-1);
    const value = last?.['Disputes diverted and resolved before court'];
    expect(last?.['Period']).toBe('Jun 2024');
    expect(value).toBe(expectedText(disputesInJune, '万件', 'en'));
    expect(value).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(value).toBe(Math.round(disputesInJune * 10000).toLocaleString('en-GB'));
  });

  it('remembers the choice across a reload', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(localStorage.getItem(LANGUAGE)).toBe('en');
    cleanup();

    // A reload: fresh modules, so the language is read from storage rather than kept in memory.
    vi.resetModules();
    const { App } = await import('@/app/app');
    render(<App queryClient={createTestQueryClient()} />);
    expect(await screen.findByText('As of 30 Jun 2024')).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('region', { name: 'Filters' })).toBeVisible();

    // And the working language comes back the same way.
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(localStorage.getItem(LANGUAGE)).toBe('zh-CN');
    cleanup();
    vi.resetModules();
    const reloaded = await import('@/app/app');
    render(<reloaded.App queryClient={createTestQueryClient()} />);
    expect(await screen.findByText('截至2024年6月30日')).toBeVisible();
  });
});
