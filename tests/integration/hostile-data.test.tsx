import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '@mocks/data/generate-sample';
import { createHandlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import type { Dataset } from '@/schemas/api';
import { findCard, openTable, renderApp, tableRecords } from './render-app';

const hostileName = '<img src=x onerror="window.__pwned=1">包头市<script>window.__pwned=2</script>';
const hostileIndicator = '"><svg onload="window.__pwned=3">领导包案';

/** The sample with markup in a unit's and an indicator's name, as a hostile or careless source might send. */
function hostileDataset(): Dataset {
  const dataset = generateSampleDataset();
  return {
    ...dataset,
    units: dataset.units.map((unit) =>
      unit.id === 'baotou' ? { ...unit, name: hostileName } : unit,
    ),
    indicators: dataset.indicators.map((indicator) =>
      indicator.id === 'leader-handled' ? { ...indicator, name: hostileIndicator } : indicator,
    ),
  };
}

describe('names containing markup', () => {
  it('render as plain text in charts, tables and filters, and never run', async () => {
    server.use(...createHandlers({ dataset: hostileDataset() }));
    const { user } = await renderApp();
    const card = await findCard('ranking-leader-handled');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toContain(hostileIndicator);
    const records = tableRecords(await openTable(card, user));
    expect(records.some((record) => record['盟市'] === hostileName)).toBe(true);

    await user.click(screen.getByRole('button', { name: /^盟市 / }));
    expect(screen.getByRole('checkbox', { name: hostileName })).toBeInTheDocument();

    expect(document.querySelector('script, img[onerror], svg[onload]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('data no one tuned the dashboard for', () => {
  it('shows every section with numbers for a dataset from another seed', async () => {
    const other = generateSampleDataset('another-region-2031');
    server.use(...createHandlers({ dataset: other }));
    const { user } = await renderApp();
    const card = await findCard('case-ranking');
    const records = tableRecords(await openTable(card, user));
    expect(records).toHaveLength(12);
    for (const record of records) expect(record['积案化解率']).toMatch(/^\d+(\.\d)?%$/);
    for (const heading of [
      '总体进展',
      '涉法涉诉信访积案化解',
      '调查研究',
      '市域社会治理现代化试点',
      '任务清单',
    ]) {
      expect(
        screen.getByRole('heading', { level: 2, name: new RegExp(heading) }),
      ).toBeInTheDocument();
    }
  });
});
