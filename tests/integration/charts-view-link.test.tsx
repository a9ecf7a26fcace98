import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import { generateSampleDataset } from '@mocks/data/generate-sample';
import type { Dataset } from '@/schemas/api';
import { findCard, renderApp, waitForQuiet } from './render-app';

/**
 * The sample's e-service rates are one city's, so they have no ranking and no rate tabs. This
 * dataset has two units report them, as a region that rolled the pilot out would.
 */
function eServiceInTwoUnits(): Dataset {
  const sample = generateSampleDataset();
  const ids = new Set(
    sample.indicators
      .filter((indicator) => indicator.initiativeId === 'smart-governance')
      .map((indicator) => indicator.id),
  );
  return {
    ...sample,
    indicators: sample.indicators.map(({ scopeUnitIds, ...indicator }) =>
      ids.has(indicator.id) ? indicator : { ...indicator, ...(scopeUnitIds && { scopeUnitIds }) },
    ),
    observations: [
      ...sample.observations,
      ...sample.observations
        .filter((item) => ids.has(item.indicatorId))
        .map((item) => ({ ...item, unitId: 'hohhot' })),
    ],
  };
}

// The numbers are not what these tests read; charts are left undrawn to keep jsdom fast.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const search = () => new URLSearchParams(window.location.search);
const pressed = (button: HTMLElement) => button.getAttribute('aria-pressed') === 'true';

describe('a shared link', () => {
  it('carries the chosen e-service rate and the language, through filter changes', async () => {
    const { user } = await renderApp({
      url: '/?lang=en&rate=instant-items-increase',
      dataset: eServiceInTwoUnits(),
    });
    expect(await screen.findByRole('region', { name: 'Filters' })).toBeInTheDocument();
    const rates = await screen.findByRole('group', { name: 'Choose a rate' });
    const chosen = within(rates)
      .getAllByRole('button')
      .filter((button) => pressed(button));
    expect(chosen.map((button) => button.textContent)).toEqual([
      expect.stringMatching(/on-the-spot|instant/i),
    ]);
    // The rate tabs sit inside the ranking card they change.
    expect(rates.closest('section[data-card]')).toHaveAttribute(
      'data-card',
      'ranking-instant-items-increase',
    );

    await user.click(within(rates).getAllByRole('button')[1]!);
    expect(search().get('rate')).toBe('e-licence-items-increase');
    await user.click(screen.getByRole('button', { name: 'Quarterly' }));
    expect(search().get('granularity')).toBe('quarter');
    expect(search().get('rate')).toBe('e-licence-items-increase');
    expect(search().get('lang')).toBe('en');

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(search().get('lang')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(search().get('lang')).toBe('en');
    await waitForQuiet();
  });
});

describe('the period presets', () => {
  it('mark the one that matches the months shown', async () => {
    const { user } = await renderApp();
    const presets = screen.getByRole('group', { name: '快捷时间范围' });
    const marked = () =>
      within(presets)
        .getAllByRole('button')
        .filter((button) => pressed(button))
        .map((button) => button.textContent);
    expect(marked()).toEqual(['近12个月']);
    await user.click(within(presets).getByRole('button', { name: '近6个月' }));
    // The sample's last month is June: the last six months are this year so far, both marked.
    expect(marked()).toEqual(['近6个月', '本年以来']);
    await user.selectOptions(screen.getByRole('combobox', { name: '起始月份' }), '2024-02');
    expect(marked()).toEqual([]);
    await findCard('case-ranking');
    await waitForQuiet();
  });
});

describe('the period in words', () => {
  it('names quarters in the view’s summary when counting by quarter, as the tables do', async () => {
    await renderApp({ url: '/?granularity=quarter&from=2024-01&to=2024-06' });
    const summary = document.querySelector('.filter-bar__summary');
    expect(summary).toHaveTextContent('2024年第1季度至2024年第2季度');
    expect(summary).not.toHaveTextContent('2024年1月');
    await waitForQuiet();
  });
});

describe('how to use a chart, said on screen only', () => {
  it('tells that a bar picks its unit, apart from the subtitle that exports carry', async () => {
    await renderApp({ url: '/' });
    const ranking = await findCard('case-ranking');
    expect(ranking.querySelector('.card__hint')).toHaveTextContent('点击条形只看该盟市');
    expect(ranking.querySelector('.card__subtitle')).not.toHaveTextContent('点击');
    expect(ranking.querySelector('.card__subtitle')).toHaveTextContent('越高越好，单位：%');
    await waitForQuiet();
  });

  it('says nothing of the kind when one unit is shown', async () => {
    await renderApp({ url: '/?units=ordos' });
    const ranking = await findCard('case-ranking');
    expect(ranking.querySelector('.card__hint')).toBeNull();
    await waitForQuiet();
  });
});
