import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import { combinedResolutionRate, leagueCityIds, renderApp, waitForQuiet } from './render-app';
import { generateFewUnitsDataset, generateManyUnitsDataset } from '@mocks/data/variant-datasets';
import type { Dataset } from '@/schemas/api';

vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const pressed = (name: string) =>
  screen.getByRole('button', { name }).getAttribute('aria-pressed') === 'true';
const rateTile = () =>
  document.querySelector<HTMLElement>('li.headline[data-indicator="backlog-resolution-rate"]');

describe('compare with any earlier period', () => {
  it('reads compare=2023-12 from the link and words the change against that month', async () => {
    await renderApp({ url: '/?compare=2023-12' });
    expect(pressed('对比某期')).toBe(true);
    expect(screen.getByRole('combobox', { name: '对比期' })).toHaveValue('2023-12');
    await waitForQuiet();
    // Like for like: Xilingol's June report is late, so both periods are the other 11 units.
    const both = leagueCityIds.filter((unitId) => unitId !== 'xilingol');
    const now = combinedResolutionRate(both, '2024-06')!;
    const then = combinedResolutionRate(both, '2023-12')!;
    const points = Math.round((now - then) * 10) / 10;
    await expect
      .poll(() => rateTile()?.querySelector('.headline__change--chosen')?.textContent)
      .toBe(
        `较2023年12月${points > 0 ? '提高' : '下降'}${Math.abs(points).toFixed(1)}个百分点（按两期均报送的11个盟市计）`,
      );
  });

  it('puts the chosen period in the link, and a named comparison takes it out again', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: '对比某期' }));
    // The December before the range ends is offered first (较上年末).
    await expect.poll(() => window.location.search).toBe('?compare=2023-12');
    await user.selectOptions(screen.getByRole('combobox', { name: '对比期' }), '2023-06');
    await expect.poll(() => window.location.search).toBe('?compare=2023-06');
    await user.click(screen.getByRole('button', { name: '环比' }));
    await expect.poll(() => window.location.search).toBe('?compare=mom');
    expect(screen.queryByRole('combobox', { name: '对比期' })).toBeNull();
  });
});

describe('进度预警 and tasks at risk', () => {
  it('lists only units behind 时间进度, each linking to its chart, with the method stated', async () => {
    await renderApp();
    const section = await screen.findByRole('region', { name: '进度预警' });
    const table = await within(section).findByRole('table', { name: '落后于时间进度的盟市和指标' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      const expected = Number.parseFloat(cells[1]!.textContent ?? '');
      const actual = Number.parseFloat(cells[2]!.textContent ?? '');
      expect(actual).toBeLessThan(expected);
      expect(within(row).getByRole('link', { name: /^查看.+图表$/ })).toHaveAttribute(
        'href',
        expect.stringMatching(/^#[a-z-]+-heading$/),
      );
    }
    expect(section).toHaveTextContent(/按当前进度，\d+个盟市预计无法在2024年12月底前达到85\.0%/);
    expect(section).toHaveTextContent(/口径：时间进度 = 目标期已过月数 ÷ 目标期总月数/);
  });

  it('sorts the pace list by 实际完成', async () => {
    const { user } = await renderApp();
    const section = await screen.findByRole('region', { name: '进度预警' });
    const table = await within(section).findByRole('table');
    await user.click(within(table).getByRole('button', { name: /实际完成/ }));
    const actual = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number.parseFloat(within(row).getAllByRole('cell')[2]!.textContent ?? ''));
    const ascending = actual();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await user.click(within(table).getByRole('button', { name: /实际完成/ }));
    expect(actual()).toEqual([...ascending].sort((a, b) => b - a));
  });

  it('marks a task due within 30 days that lags its time as 临期滞后, beside the overdue ones', async () => {
    await renderApp();
    const section = await screen.findByRole('region', { name: '任务清单' });
    const row = (await within(section).findByText('出台警务辅助人员职业保障暂行办法')).closest(
      'tr',
    )!;
    // Due on the as-of date at 80 %: its time is all but gone.
    expect(row).toHaveTextContent('临期滞后');
    expect(section).toHaveTextContent(
      /已逾期\d+项；临期滞后\d+项（30天内到期且进度落后于时间进度）/,
    );
    expect(within(section).getByRole('button', { name: '导出' })).toBeVisible();
  });
});

/** The text of the 进度预警 section once the page has settled on a dataset no one tuned for. */
async function paceText(dataset: Dataset, language: 'zh-CN' | 'en' = 'zh-CN') {
  await renderApp({ dataset, language });
  const name = language === 'en' ? 'Pace warnings' : '进度预警';
  const section = await screen.findByRole('region', { name });
  await waitForQuiet();
  return section.textContent ?? '';
}

describe('进度预警 on datasets no one tuned for', () => {
  it('counts the units of an indicator that does not combine, rather than leading with one', async () => {
    const text = await paceText(generateFewUnitsDataset());
    expect(text).toMatch(/承诺时限压缩率：各盟市分别计，\d+个盟市中\d+个落后于时间进度。/);
    expect(text).not.toMatch(/承诺时限压缩率：青山市/);
  });

  it('sets a name with an unclosed override in an isolate, so the rest of the sentence reads in order', async () => {
    const text = await paceText(generateManyUnitsDataset());
    expect(text).toContain('\u202e倒序市');
    expect(text).not.toMatch(/[^\u2068]\u202e倒序市/);
    expect(text).toMatch(/\u2068\u202e倒序市\u2069/);
  });

  it('names a single unit at risk in English rather than counting "1 units"', async () => {
    const text = await paceText(generateManyUnitsDataset(), 'en');
    expect(text).not.toMatch(/\b1 units\b/);
    expect(text).toMatch(/At the current pace, Unit 33 City is not expected/);
  });
});
