import { screen } from '@testing-library/react';
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
