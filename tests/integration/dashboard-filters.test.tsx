import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import {
  combinedResolutionRate,
  expectedText,
  findCard,
  indicatorOf,
  latestReported,
  leagueCityIds,
  monthsBetween,
  openTable,
  periodText,
  renderApp,
  stored,
  tableRecords,
  tableRows,
  unitName,
  waitForQuiet,
} from './render-app';

// Drawing the ~20 Recharts charts costs seconds per render in jsdom and shows nothing a test can
// read; the numbers are asserted through each card's table view. dashboard-table keeps real charts.
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

type User = ReturnType<typeof userEvent.setup>;

/** The time charts and the indicators they draw. */
const trendCards: Record<string, string[]> = {
  'trend-resolution-rate': ['backlog-resolution-rate'],
  'trend-first-petition': ['first-petition-rate'],
  'trend-disputes-diverted': ['disputes-diverted'],
};
/** The e-service rates are the smart-governance city's (Wuhai's): for Ordos, they say so and show nothing. */
const wuhaiOnlyCards = ['trend-e-service', 'trend-fully-online'];
const funnelIds = ['problems-sorted', 'measures-formed', 'experiences-converted'];

async function chooseUnits(user: User, names: string[]) {
  await user.click(screen.getByRole('button', { name: /^盟市 / }));
  const panel = screen.getByRole('group', { name: '盟市' });
  for (const name of names) await user.click(within(panel).getByRole('checkbox', { name }));
  await user.keyboard('{Escape}');
}

async function choosePeriod(user: User, from: string, to: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: '截止月份' }), to);
  await user.selectOptions(screen.getByRole('combobox', { name: '起始月份' }), from);
}

/** One unit's value of an indicator in a month, as a single-unit chart combines it. */
function singleUnitValue(indicatorId: string, unitId: string, month: string) {
  if (indicatorId === 'backlog-resolution-rate') return combinedResolutionRate([unitId], month);
  return stored(indicatorId, unitId, month) ?? null;
}

const currentSearch = () => new URLSearchParams(window.location.search);

describe('filtering by one unit and a period', () => {
  it('changes every chart to that unit’s numbers in that period', async () => {
    const { user } = await renderApp();
    await chooseUnits(user, ['鄂尔多斯市']);
    await choosePeriod(user, '2023-10', '2024-03');

    expect(currentSearch().get('units')).toBe('ordos');
    expect(currentSearch().get('from')).toBe('2023-10');
    expect(currentSearch().get('to')).toBe('2024-03');
    expect(screen.getByRole('button', { name: /^盟市 / })).toHaveTextContent('鄂尔多斯市');
    await waitForQuiet();

    const months = monthsBetween('2023-10', '2024-03');
    const checked = new Set<string>();

    // 信访积案化解 by unit: Ordos alone, at March 2024.
    const ranking = await findCard('case-ranking');
    expect(tableRecords(await openTable(ranking, user))).toEqual([
      {
        盟市: '鄂尔多斯市',
        交办积案: expectedText(stored('backlog-assigned', 'ordos', '2024-03') ?? null, '件'),
        已化解: expectedText(stored('backlog-resolved', 'ordos', '2024-03') ?? null, '件'),
        未化解: expectedText(
          stored('backlog-assigned', 'ordos', '2024-03')! -
            stored('backlog-resolved', 'ordos', '2024-03')!,
          '件',
        ),
        积案化解率: expectedText(combinedResolutionRate(['ordos'], '2024-03'), '%'),
        时间: '2024年3月',
        // The 30 % milestone of December 2023 is the one in force in March 2024, named with its kind and date.
        目标: '阶段目标30%（2023年12月）',
        状态: '达标',
      },
    ]);
    // The same figures, written out: 85 of 139 cases.
    expect(tableRows(ranking)[1]).toEqual([
      '鄂尔多斯市',
      '139件',
      '85件',
      '54件',
      '61.2%',
      '2024年3月',
      '阶段目标30%（2023年12月）',
      '达标',
    ]);
    checked.add('case-ranking');

    for (const [cardId, indicatorIds] of Object.entries(trendCards)) {
      const card = await findCard(cardId);
      const records = tableRecords(await openTable(card, user));
      expect(
        records.map((record) => record['时间']),
        cardId,
      ).toEqual(months.map((m) => periodText(m)));
      for (const indicatorId of indicatorIds) {
        const indicator = indicatorOf(indicatorId);
        expect(
          records.map((record) => record[indicator.name]),
          `${cardId}: ${indicatorId}`,
        ).toEqual(
          months.map((month) =>
            expectedText(singleUnitValue(indicatorId, 'ordos', month), indicator.unit),
          ),
        );
      }
      checked.add(cardId);
    }

    for (const cardId of wuhaiOnlyCards) {
      const card = await findCard(cardId, 'empty');
      expect(card).toHaveTextContent('该指标只统计品牌所在盟市，不在所选范围内');
      checked.add(cardId);
    }

    for (const card of document.querySelectorAll<HTMLElement>('[data-card^="ranking-"]')) {
      const cardId = card.dataset.card!;
      const indicator = indicatorOf(cardId.slice('ranking-'.length));
      const latest = latestReported(indicator.id, 'ordos', months);
      const [record, ...others] = tableRecords(await openTable(await findCard(cardId), user));
      expect(others, cardId).toEqual([]);
      expect(record?.['盟市'], cardId).toBe('鄂尔多斯市');
      expect(record?.[indicator.name], cardId).toBe(
        expectedText(latest?.value ?? null, indicator.unit),
      );
      expect(record?.['时间'], cardId).toBe(latest ? periodText(latest.month) : '—');
      checked.add(cardId);
    }

    const funnel = await findCard('research-funnel');
    const stages = tableRecords(await openTable(funnel, user));
    const funnelValues = funnelIds.map((id) => latestReported(id, 'ordos', months)?.value ?? 0);
    expect(stages).toEqual(
      funnelIds.map((id, index) => ({
        环节: indicatorOf(id).name,
        数量: String(funnelValues[index]),
        占问题数比例:
          index === 0 ? '—' : expectedText((funnelValues[index]! / funnelValues[0]!) * 100, '%'),
      })),
    );
    checked.add('research-funnel');

    // Every chart card on the page was checked above: a new card needs its expectation here.
    const cards = [...document.querySelectorAll<HTMLElement>('section.card[data-state]')];
    expect(cards.map((card) => card.dataset.card).filter((id) => !checked.has(id!))).toEqual([]);
    expect(cards.length).toBeGreaterThanOrEqual(14);

    // The headline figures: Ordos in March 2024, against March 2023.
    const disputes = document.querySelector<HTMLElement>(
      'li.headline[data-indicator="disputes-diverted"]',
    )!;
    const disputesNow = stored('disputes-diverted', 'ordos', '2024-03')!;
    const disputesYearAgo = stored('disputes-diverted', 'ordos', '2023-03')!;
    const change = Math.round(((disputesNow - disputesYearAgo) / disputesYearAgo) * 1000) / 10;
    expect(disputes).toHaveTextContent(expectedText(disputesNow, '万件'));
    expect(disputes).toHaveTextContent('2024年3月');
    expect(disputes).toHaveTextContent(
      `同比${change > 0 ? '上升' : '下降'}${Math.abs(change).toFixed(1)}%`,
    );
    expect(disputes).toHaveTextContent('0.38万件');
    const rate = document.querySelector<HTMLElement>(
      'li.headline[data-indicator="backlog-resolution-rate"]',
    )!;
    expect(rate).toHaveTextContent('61.2%');
    // Ordos's campaign began in June 2023: there is no March 2023 to compare with.
    expect(rate).toHaveTextContent('2023年6月起统计，不作同比');

    // The Ordos brand card (三端五防线) shows Ordos; the other cities' brands are outside the filter.
    const ordosBrand = screen.getByRole('region', { name: /三端五防线/ });
    expect(ordosBrand).toHaveTextContent('鄂尔多斯市');
    expect(await within(ordosBrand).findByText('0.38万件')).toBeInTheDocument();
    // Only that city's brand: no placeholder cards for the brands of cities left out.
    expect(screen.queryByRole('region', { name: /德润青城/ })).toBeNull();
  }, 30_000);

  it('sums a flow per quarter and reads rates at the quarter’s last reported month', async () => {
    const { user } = await renderApp({ url: '/?units=ordos&from=2023-10&to=2024-03' });
    await user.click(screen.getByRole('button', { name: '按季' }));
    expect(screen.getByRole('button', { name: '按季' })).toHaveAttribute('aria-pressed', 'true');
    expect(currentSearch().get('granularity')).toBe('quarter');
    await waitForQuiet();

    const quarterSum = (months: string[]) =>
      months.reduce((sum, month) => sum + (stored('disputes-diverted', 'ordos', month) ?? 0), 0);
    const disputes = await findCard('trend-disputes-diverted');
    const quarters = tableRecords(await openTable(disputes, user));
    expect(quarters.map((row) => [row['时间'], row['分流化解矛盾纠纷']])).toEqual([
      ['2023年第4季度', expectedText(quarterSum(['2023-10', '2023-11', '2023-12']), '万件')],
      ['2024年第1季度', expectedText(quarterSum(['2024-01', '2024-02', '2024-03']), '万件')],
    ]);
    // 0.331 + 0.3148 + 0.4102 and 0.3109 + 0.2231 + 0.3756, written out.
    expect(quarters.map((row) => row['分流化解矛盾纠纷'])).toEqual(['1.06万件', '0.91万件']);

    const rate = await findCard('trend-resolution-rate');
    const rates = tableRecords(await openTable(rate, user));
    expect(rates.map((row) => [row['时间'], row['积案化解率'], row['阶段目标']])).toEqual([
      ['2023年第4季度', expectedText(combinedResolutionRate(['ordos'], '2023-12'), '%'), '30.0%'],
      ['2024年第1季度', expectedText(combinedResolutionRate(['ordos'], '2024-03'), '%'), '30.0%'],
    ]);
  });

  it('adds the reported units of a quarter with a gap, all units combined', async () => {
    // Alxa did not report August 2023: the quarter holds what was reported, never a zero in its place.
    const { user } = await renderApp({ url: '/?from=2023-07&to=2023-09&granularity=quarter' });
    await waitForQuiet();
    const months = ['2023-07', '2023-08', '2023-09'];
    expect(stored('disputes-diverted', 'alxa', '2023-08')).toBeNull();
    let total = 0;
    for (const unitId of leagueCityIds)
      for (const month of months) total += stored('disputes-diverted', unitId, month) ?? 0;
    const card = await findCard('trend-disputes-diverted');
    const quarters = tableRecords(await openTable(card, user));
    expect(quarters.map((row) => [row['时间'], row['分流化解矛盾纠纷']])).toEqual([
      ['2023年第3季度', expectedText(total, '万件')],
    ]);
  });

  it('recomputes the combined resolution rate from the counts, not by averaging the units’ rates', async () => {
    const { user } = await renderApp();
    await waitForQuiet();
    const months = monthsBetween('2023-07', '2024-06');
    const card = await findCard('trend-resolution-rate');
    const rows = tableRecords(await openTable(card, user));
    expect(rows.map((row) => row['时间'])).toEqual(months.map((month) => periodText(month)));
    expect(rows.map((row) => row['积案化解率'])).toEqual(
      months.map((month) => expectedText(combinedResolutionRate(leagueCityIds, month), '%')),
    );
    // The target path: 30 % until the June 2024 milestone falls due, then 55 %.
    expect(rows.map((row) => row['阶段目标'])).toEqual(
      months.map((month) => (month < '2024-06' ? '30.0%' : '55.0%')),
    );
    // The test can tell the two apart: the mean of the rates differs in some month.
    const meanOfRates = (month: string) => {
      const rates = leagueCityIds
        .map((unitId) => stored('backlog-resolution-rate', unitId, month))
        .filter((value): value is number => typeof value === 'number');
      return rates.reduce((sum, value) => sum + value, 0) / rates.length;
    };
    expect(
      months.some(
        (month) =>
          expectedText(meanOfRates(month), '%') !==
          expectedText(combinedResolutionRate(leagueCityIds, month), '%'),
      ),
    ).toBe(true);
  });

  it('offers the 3 leagues as a quick choice and combines just them', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: /^盟市 / }));
    await user.click(screen.getByRole('button', { name: '3个盟' }));
    await user.keyboard('{Escape}');
    expect(currentSearch().get('units')).toBe('xingan,xilingol,alxa');
    expect(screen.getByRole('button', { name: /^盟市 / })).toHaveTextContent('已选3个盟市');
    await waitForQuiet();

    const ranking = await findCard('case-ranking');
    const rows = (await openTable(ranking, user)).slice(1);
    // Xilingol's June report is late: it is ranked with the month of its figure.
    expect(rows.map((row) => row[0]).sort()).toEqual(
      ['兴安盟', '锡林郭勒盟（24-05）', '阿拉善盟'].sort(),
    );
    const trend = await findCard('trend-resolution-rate');
    const last = tableRecords(await openTable(trend, user)).at(-1);
    expect([last?.['时间'], last?.['积案化解率']]).toEqual([
      '2024年6月',
      expectedText(combinedResolutionRate(['xingan', 'xilingol', 'alxa'], '2024-06'), '%'),
    ]);
  });
});

describe('clicking a unit in a table', () => {
  it('filters the dashboard by that unit, which is then no longer a filter button', async () => {
    const { user } = await renderApp();
    await waitForQuiet();
    const ranking = await findCard('case-ranking');
    expect(await openTable(ranking, user)).toHaveLength(1 + 12);

    await user.click(within(ranking).getByRole('button', { name: '鄂尔多斯市' }));
    expect(window.location.search).toBe('?units=ordos');
    expect(screen.getByRole('button', { name: /^盟市 / })).toHaveTextContent('鄂尔多斯市');
    await waitForQuiet();
    const [, onlyRow, ...rest] = tableRows(ranking);
    expect(rest).toEqual([]);
    expect(onlyRow?.slice(0, 5)).toEqual(['鄂尔多斯市', '139件', '100件', '39件', '71.9%']);

    // In a one-unit view the unit is plain text: a click cannot silently clear the filter.
    expect(within(ranking).queryByRole('button', { name: '鄂尔多斯市' })).toBeNull();
    expect(within(ranking).getByRole('rowheader', { name: '鄂尔多斯市' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(window.location.search).toBe('');
    await waitForQuiet();
    expect(tableRows(ranking)).toHaveLength(1 + 12);

    const leaders = await findCard('ranking-leader-handled');
    await openTable(leaders, user);
    await user.click(within(leaders).getByRole('button', { name: unitName('baotou') }));
    expect(window.location.search).toBe('?units=baotou');
    await waitForQuiet();
    expect(
      tableRows(leaders)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['包头市']);
  });
});

describe('恢复默认', () => {
  it('restores the default view after filtering', async () => {
    const { user } = await renderApp({
      url: '/?units=ordos&from=2023-10&to=2024-03&granularity=quarter&compare=mom',
    });
    await waitForQuiet();
    await user.click(screen.getByRole('button', { name: '恢复默认' }));

    expect(window.location.search).toBe('');
    expect(screen.getByRole('button', { name: /^盟市 / })).toHaveTextContent('全部盟市');
    expect(screen.getByRole('combobox', { name: '起始月份' })).toHaveValue('2023-07');
    expect(screen.getByRole('combobox', { name: '截止月份' })).toHaveValue('2024-06');
    expect(screen.getByRole('button', { name: '按月' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '同比' })).toHaveAttribute('aria-pressed', 'true');
    await waitForQuiet();

    const ranking = await findCard('case-ranking');
    const rows = await openTable(ranking, user);
    expect(rows).toHaveLength(1 + 12);
    const header = rows[0]!;
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    // Each unit at its own latest month, judged against the milestone in force then.
    for (const row of rows.slice(1))
      expect([at(row, '时间'), at(row, '目标')]).toEqual(
        row[0] === '锡林郭勒盟（24-05）'
          ? ['2024年5月', '阶段目标30%（2023年12月）']
          : ['2024年6月', '阶段目标55%（2024年6月）'],
      );
    const trend = await findCard('trend-disputes-diverted');
    expect((await openTable(trend, user)).slice(1).map((row) => row[0])).toEqual(
      monthsBetween('2023-07', '2024-06').map((month) => periodText(month)),
    );
  });
});
