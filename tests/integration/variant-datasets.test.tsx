import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateFewUnitsDataset, generateManyUnitsDataset } from '@mocks/data/variant-datasets';
import { findCard, renderApp } from './render-app';

describe('datasets no one tuned the dashboard for', () => {
  it.each([
    ['five units', generateFewUnitsDataset],
    ['forty units', generateManyUnitsDataset],
  ])(
    '%s: the page opens on that dataset, with its own title and units',
    async (_name, generate) => {
      const dataset = generate();
      const { user } = await renderApp({ dataset });
      expect(
        await screen.findByRole('heading', { level: 1, name: dataset.meta.title }),
      ).toBeVisible();
      await findCard('ranking-leader-handled');
      await user.click(screen.getByRole('button', { name: /^盟市 / }));
      const unitNames = dataset.units
        .filter((unit) => unit.level === 'league-city')
        .map((unit) => unit.name);
      for (const name of unitNames)
        expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    },
  );
});

describe('a pilot brand whose figures the dataset does not carry', () => {
  it('says there is no data instead of loading forever', async () => {
    const dataset = generateFewUnitsDataset();
    const brand = dataset.initiatives.find((initiative) => initiative.id === 'border-governance');
    expect(brand).toBeDefined();
    expect(dataset.indicators.some((item) => item.initiativeId === 'border-governance')).toBe(
      false,
    );
    await renderApp({ dataset });
    const heading = await screen.findByRole('heading', { level: 3, name: brand!.name });
    const card = heading.closest('section')!;
    expect(await within(card).findByText('所选范围内没有数据。')).toBeVisible();
    expect(card.querySelector('.skeleton')).toBeNull();
  });
});

describe('counts near 10^12', () => {
  it('read compact in the headline tiles (亿/万亿), not as a dozen digits', async () => {
    await renderApp({ dataset: generateManyUnitsDataset() });
    const tile = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(
        'li.headline[data-indicator="backlog-resolved"] .headline__value',
      );
      if (!found) throw new Error('no tile yet');
      return found;
    });
    expect(tile.textContent).toMatch(/^[\d.,]+(亿|万亿)件/);
    expect(tile.textContent).not.toMatch(/\d{1,3}(,\d{3}){3,}/);
  });
});
