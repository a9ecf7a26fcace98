import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import { createHandlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import { generateFewUnitsDataset, generateManyUnitsDataset } from '@mocks/data/variant-datasets';
import { briefingParagraphs } from '@/app/briefing-facts';
import { dashboardViewOf } from '@/app/dashboard-view';
import { defaultFilters, type Filters } from '@/features/filters/filter-state';
import type { Dataset } from '@/schemas/api';
import { createTestQueryClient, dataset as sample, renderApp, waitForQuiet } from './render-app';

// The words are what these tests read; charts are left undrawn to keep jsdom fast.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

const leagueCities = (data: Dataset) => data.units.filter((unit) => unit.level === 'league-city');

/** The resolution rate of some units at a month, Σresolved ÷ Σassigned, from the dataset itself. */
function rateOf(data: Dataset, unitIds: string[], month: string): number {
  const value = (indicatorId: string, unitId: string) =>
    data.observations.find(
      (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === month,
    )?.value ?? null;
  const reporting = unitIds.filter(
    (unitId) =>
      value('backlog-resolution-rate', unitId) !== null &&
      value('backlog-assigned', unitId) !== null &&
      value('backlog-resolved', unitId) !== null,
  );
  const sum = (indicatorId: string) =>
    reporting.reduce((total, unitId) => total + (value(indicatorId, unitId) ?? 0), 0);
  return (sum('backlog-resolved') / sum('backlog-assigned')) * 100;
}

describe.each([
  ['the sample', () => sample],
  ['five units with a late report', generateFewUnitsDataset],
  ['forty units', generateManyUnitsDataset],
])('figures on %s', (_name, generate) => {
  const data = generate();
  const units = leagueCities(data);
  const lastMonth = data.meta.lastMonth;

  it('counts the units and the quick groups from the data', async () => {
    const { user } = await renderApp({ dataset: data });
    await waitForQuiet();
    const rate = await vi.waitFor(() => {
      const tile = document.querySelector<HTMLElement>(
        'li.headline[data-indicator="backlog-resolution-rate"]',
      );
      expect(tile?.textContent).toMatch(/\d/);
      return tile!;
    });
    expect(rate).toHaveTextContent(`全区${units.length}个盟市合计`);
    // Coverage: n/N where some unit's latest report is missing, with that unit's month.
    const reporting = units.filter((unit) =>
      data.observations.some(
        (item) =>
          item.indicatorId === 'backlog-resolution-rate' &&
          item.unitId === unit.id &&
          item.period === lastMonth &&
          item.value !== null,
      ),
    );
    if (reporting.length < units.length)
      expect(rate).toHaveTextContent(`${reporting.length}/${units.length}个盟市已报送`);
    else expect(rate).not.toHaveTextContent('已报送');
    // The value is Σresolved ÷ Σassigned of the units that reported.
    const expected = rateOf(
      data,
      reporting.map((unit) => unit.id),
      lastMonth,
    );
    expect(rate).toHaveTextContent(`${expected.toFixed(1)}%`);

    // The quick groups carry their counts from the units' attributes.
    await user.click(screen.getByRole('button', { name: /^盟市 / }));
    const cities = units.filter((unit) => unit.kind === 'city').length;
    const leagues = units.filter((unit) => unit.kind === 'league').length;
    if (cities > 0 && cities < units.length)
      expect(screen.getByRole('button', { name: `${cities}个市` })).toBeVisible();
    if (leagues > 0 && leagues < units.length)
      expect(screen.getByRole('button', { name: `${leagues}个盟` })).toBeVisible();
    expect(document.body.textContent).not.toMatch(
      units.length === 12 ? /全区(?!12)\d+个盟市/ : /全区12个盟市/,
    );
  }, 30_000);
});

/** A view as the page builds it, for the briefing's sentences. */
function viewOf(data: Dataset, filters: Partial<Filters>) {
  return dashboardViewOf(
    {
      meta: data.meta,
      units: data.units,
      indicators: data.indicators,
      initiatives: data.initiatives,
    },
    { ...defaultFilters, ...filters },
    'zh-CN',
  );
}

describe('the briefing’s sentences', () => {
  it('speak of one unit, by name, when one unit is chosen, never of 各盟市', async () => {
    const view = viewOf(sample, { units: ['ordos'] });
    const paragraphs = await briefingParagraphs(createTestQueryClient(), view);
    const text = Object.values(paragraphs).flat().join('\n');
    expect(paragraphs['overview-heading']?.[0]).toMatch(/^截至2024年6月，鄂尔多斯市：/);
    expect(text).not.toContain('各盟市均达到');
    expect(text).not.toContain('全区12个盟市');
    // Ordos's own standing against the milestone in force, with its kind and date.
    expect(paragraphs['case-resolution-heading']?.join('')).toMatch(
      /鄂尔多斯市积案化解率\d+\.\d%，(达标|未达标)：阶段目标55%（2024年6月）/,
    );
    // A cumulative count has no 同比 across the campaign's start.
    expect(text).not.toMatch(/已化解积案[^，。]*同比(上升|下降)/);
  });

  it('drilled into 呼和浩特市, speak of its 旗县市区, never of 盟市 for them', async () => {
    const counties = sample.units.filter((unit) => unit.parentId === 'hohhot');
    const view = viewOf(sample, { parent: 'hohhot' });
    const paragraphs = await briefingParagraphs(createTestQueryClient(), view);
    expect(paragraphs['overview-heading']?.[0]).toMatch(
      new RegExp(`^截至2024年6月，呼和浩特市${counties.length}个旗县市区：`),
    );
    const text = Object.values(paragraphs).flat().join('\n');
    // 盟市 only where a brand is meant: pilots are the 盟市's, not split by county.
    expect(paragraphs['pilots-heading']).toEqual([
      '市域社会治理试点品牌按盟市统计，不分旗县市区；返回呼和浩特市即可查看其品牌。',
    ]);
    const rest = text.replace(/品牌所在盟市|试点品牌按盟市统计/g, '');
    expect(rest).not.toMatch(/盟市/);
    expect(rest).toMatch(/旗县市区/);
  });

  it('use 环比 when the reader chose 环比, and words a cumulative count by what it added', async () => {
    const view = viewOf(sample, { comparison: 'mom' });
    const paragraphs = await briefingParagraphs(createTestQueryClient(), view);
    const overview = paragraphs['overview-heading']?.[0] ?? '';
    expect(overview).toMatch(/^截至2024年6月，全区12个盟市：/);
    expect(overview).toContain('环比');
    expect(overview).not.toContain('同比');
    expect(overview).toMatch(/已化解积案[\d,]+件（2023年6月起累计；较上月新增[\d,]+件/);
    // June lacks Xilingol: like for like, and said so.
    expect(overview).toContain('11/12个盟市已报送');
    expect(overview).toContain('按两期均报送的11个盟市计');
  });

  it('name the late unit and the five units of a dataset of five', async () => {
    const few = generateFewUnitsDataset();
    server.use(...createHandlers({ dataset: few }));
    const view = viewOf(few, {});
    const paragraphs = await briefingParagraphs(createTestQueryClient(), view);
    const overview = paragraphs['overview-heading']?.[0] ?? '';
    expect(overview).toContain(`全区${leagueCities(few).length}个盟市`);
    expect(overview).not.toContain('全区12个盟市');
  });
});
