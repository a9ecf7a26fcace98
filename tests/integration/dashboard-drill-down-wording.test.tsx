import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset, findCard, openTable, renderApp, waitForQuiet } from './render-app';

/*
 * Drilled into 呼和浩特市, the units on screen are its 旗县市区: every string about them names that
 * level. The parent's own name ("呼和浩特市") may appear; 盟市 may only where a figure really is a
 * 盟市's (a city brand, an indicator of another city's brand).
 */

const counties = dataset.units.filter((unit) => unit.parentId === 'hohhot');

const words = {
  'zh-CN': {
    overview: '总体进展',
    pace: '进度预警',
    liveLead: new RegExp(`截至\\d{4}年\\d{1,2}月，呼和浩特市${counties.length}个旗县市区：`),
    rankingTitle: '各旗县市区积案化解情况（按化解率排序）',
    hint: '点击条形只看该旗县市区',
    column: '旗县市区',
    filterTitle: '只看该旗县市区',
    paceCaption: '落后于时间进度的旗县市区和指标',
    method: /各旗县市区按其截至所选月份的最近一次报送计算/,
    atRisk: /按当前进度，\d+个旗县市区预计无法/,
    // The level of the 盟市, said of counties.
    wrongLevel: /盟市/,
    // Where 盟市 is meant: city brands and an indicator of another 盟市's brand.
    meantForLeagueCities: /品牌所在盟市|品牌按盟市统计|所下钻的盟市/g,
  },
  en: {
    overview: 'Overview',
    pace: 'Pace warnings',
    liveLead: new RegExp(`As of \\w+ \\d{4}, All ${counties.length} counties of Hohhot: `),
    rankingTitle: 'Backlog cases by county (ranked by resolution rate)',
    hint: 'Click a bar to show only that county',
    column: 'County',
    filterTitle: 'Show only this county',
    paceCaption: 'Counties and indicators behind pace',
    method: /Each county is judged at its latest report/,
    atRisk: /At the current pace, \d+ counties are not expected/,
    wrongLevel: /\bunits\b|leagues and cities|\bby unit\b|every unit/i,
    meantForLeagueCities:
      /brand’s own unit, which is outside the selection|run by leagues and cities/g,
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('drilled into 呼和浩特市 (%s)', (language) => {
  const said = words[language];
  const withoutMeant = (element: HTMLElement) =>
    (element.textContent ?? '').replace(said.meantForLeagueCities, '');

  it('names the counties as 旗县市区 in titles, tables, 进度预警 and live text, never as 盟市', async () => {
    expect(counties.length).toBeGreaterThan(1);
    const { user } = await renderApp({ url: '/?parent=hohhot', language });
    const ranking = await findCard('case-ranking');
    await waitForQuiet();

    // The live text of the overview states the scope as the parent's counties.
    const overview = await screen.findByRole('region', { name: said.overview });
    await expect.poll(() => overview.textContent).toMatch(said.liveLead);
    expect(withoutMeant(overview)).not.toMatch(said.wrongLevel);

    // Card title, hint and the table's unit column.
    expect(within(ranking).getByRole('heading', { name: said.rankingTitle })).toBeVisible();
    expect(ranking).toHaveTextContent(said.hint);
    const [header = []] = await openTable(ranking, user);
    expect(header[0]).toBe(said.column);
    // A county's name in the table shows only that county.
    const first = counties[0];
    const countyName = within(ranking).getByRole('button', {
      name: language === 'en' ? first?.nameEn : first?.name,
    });
    expect(countyName).toHaveAttribute('title', said.filterTitle);

    // 进度预警: the sentences, the 口径 and the table of units behind pace.
    const pace = await screen.findByRole('region', { name: said.pace });
    await expect.poll(() => pace.textContent).toMatch(said.method);
    expect(pace.textContent).toMatch(said.atRisk);
    const paceTable = within(pace).getByRole('table', { name: said.paceCaption });
    expect(within(paceTable).getAllByRole('columnheader')[0]).toHaveTextContent(said.column);
    expect(withoutMeant(pace)).not.toMatch(said.wrongLevel);

    // Nowhere on the page are the counties called by the level above them.
    expect(withoutMeant(screen.getByRole('main'))).not.toMatch(said.wrongLevel);
  });
});

describe('the same page at the 盟市 level', () => {
  it('still says 盟市 for the 12 units, so the words follow the level shown', async () => {
    const { user } = await renderApp({ url: '/' });
    const ranking = await findCard('case-ranking');
    await waitForQuiet();
    expect(
      within(ranking).getByRole('heading', { name: '各盟市积案化解情况（按化解率排序）' }),
    ).toBeVisible();
    const [header = []] = await openTable(ranking, user);
    expect(header[0]).toBe('盟市');
    const pace = await screen.findByRole('region', { name: '进度预警' });
    await expect.poll(() => pace.textContent).toMatch(/各盟市按其截至所选月份的最近一次报送计算/);
    expect(pace.textContent).not.toMatch(/旗县市区/);
  });
});
