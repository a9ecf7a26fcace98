import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import {
  combinedResolutionRate,
  dataset,
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
  unitName,
  waitForQuiet,
} from './render-app';

// Drawing the Recharts charts costs seconds per render in jsdom and shows nothing a test can read,
// so charts are drawn only where a test asks for them: the first one checks that a real chart is
// drawn, and that the chart and its table take turns.
const charts = vi.hoisted(() => ({ drawn: false }));
vi.mock('recharts', async (importOriginal) => {
  const recharts = await importOriginal<typeof Recharts>();
  const { createElement } = await import('react');
  return {
    ...recharts,
    ResponsiveContainer: (props: Parameters<typeof recharts.ResponsiveContainer>[0]) =>
      charts.drawn ? createElement(recharts.ResponsiveContainer, props) : null,
  };
});
afterEach(() => {
  charts.drawn = false;
});

/** The rate each unit reported for June 2024 (checked against its counts below). */
/** Xilingol's June report is late: its latest figure is May's. */
const monthOf = (unitId: string) => (unitId === 'xilingol' ? '2024-05' : '2024-06');
const rateOf = (unitId: string) => stored('backlog-resolution-rate', unitId, monthOf(unitId))!;

describe('the case-ranking table', () => {
  it('shows the data’s numbers, ranked by resolution rate, with the units below target marked', async () => {
    charts.drawn = true;
    const { user } = await renderApp({ url: '/?initiatives=case-resolution' });
    await waitForQuiet();
    const card = await findCard('case-ranking');
    const chart = within(card).getByRole('img', { name: /各盟市积案化解情况/ });
    // The chart's code is a chunk of its own (lazy-charts.tsx): it is drawn a moment after the card.
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());

    const rows = await openTable(card, user);
    const table = within(card).getByRole('table', { name: '各盟市积案化解情况（按化解率排序）' });
    expect(table).toBeVisible();
    expect(rows[0]).toEqual([
      '盟市',
      '交办积案',
      '已化解',
      '未化解',
      '积案化解率',
      '时间',
      '目标',
      '状态',
      '备注',
    ]);

    const ranked = [...leagueCityIds].sort((a, b) => rateOf(b) - rateOf(a));
    expect(rows.slice(1)).toEqual(
      ranked.map((unitId) => {
        const month = monthOf(unitId);
        const assigned = stored('backlog-assigned', unitId, month)!;
        const resolved = stored('backlog-resolved', unitId, month)!;
        const late = month !== '2024-06';
        // A late unit is judged at its own month, against the milestone in force then.
        const target = late ? 30 : 55;
        return [
          late ? `${unitName(unitId)}（24-05）` : unitName(unitId),
          expectedText(assigned, '件'),
          expectedText(resolved, '件'),
          expectedText(assigned - resolved, '件'),
          expectedText(rateOf(unitId), '%'),
          periodText(month),
          late ? '阶段目标30%（2023年12月）' : '阶段目标55%（2024年6月）',
          rateOf(unitId) >= target ? '达标' : '未达标',
          late ? '2024年6月：未按时报送' : '—',
        ];
      }),
    );
    // The stored rate agrees with the counts.
    for (const unitId of leagueCityIds)
      expect(expectedText(rateOf(unitId), '%')).toBe(
        expectedText(combinedResolutionRate([unitId], monthOf(unitId)), '%'),
      );

    // The subtitle names the units behind target, as officials look for them first.
    const behind = ranked.filter((unitId) => rateOf(unitId) < (unitId === 'xilingol' ? 30 : 55));
    expect(behind.length).toBeGreaterThan(0);
    expect(card).toHaveTextContent(
      `${behind.length}个盟市未达阶段目标55%（2024年6月）：${behind.map((unitId) => unitName(unitId)).join('、')}`,
    );
    // The late unit is named with its month, and the year-end target is shown as what it is.
    expect(card).toHaveTextContent('锡林郭勒盟为2024年5月数据');
    expect(card).toHaveTextContent('年底目标85%（2024年12月）');

    // And back to the chart.
    await user.click(within(card).getByRole('button', { name: '查看图表' }));
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    expect(within(card).getByRole('img', { name: /各盟市积案化解情况/ })).toBeVisible();
    expect(within(card).getByRole('button', { name: '查看表格' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('reads a unit whose last month is a gap at its last reported month', async () => {
    // Ulanqab did not report March 2024: its row is February's, counts and rate from the same month.
    const { user } = await renderApp({ url: '/?to=2024-03' });
    await waitForQuiet();
    const records = tableRecords(await openTable(await findCard('case-ranking'), user));
    // It is ranked with its month, never passed off as March's.
    expect(records.find((row) => row['盟市'] === '乌兰察布市（24-02）')).toEqual({
      盟市: '乌兰察布市（24-02）',
      交办积案: '111件',
      已化解: '54件',
      未化解: '57件',
      积案化解率: '48.6%',
      时间: '2024年2月',
      目标: '阶段目标30%（2023年12月）',
      状态: '达标',
      备注: '2024年3月：未按时报送',
    });
    // Combined, March 2024 holds the eleven units that reported: Ulanqab is left out of both counts.
    const rateCard = await findCard('trend-resolution-rate');
    const march = tableRecords(await openTable(rateCard, user)).find(
      (row) => row['时间'] === '2024年3月',
    );
    expect(march?.['积案化解率']).toBe(
      expectedText(combinedResolutionRate(leagueCityIds, '2024-03'), '%'),
    );
    // A unit ranking states the month each figure is from.
    const leaders = await findCard('ranking-leader-handled');
    const leaderRows = tableRecords(await openTable(leaders, user));
    const latest = latestReported('leader-handled', 'ulanqab', monthsBetween('2023-04', '2024-03'));
    expect(leaderRows.find((row) => row['盟市']?.startsWith('乌兰察布市'))?.['时间']).toBe(
      periodText(latest!.month),
    );
  });

  it('ranks a lower-is-better indicator lowest first', async () => {
    const { user } = await renderApp();
    await waitForQuiet();
    const card = await findCard('ranking-multi-year-backlog');
    const indicator = indicatorOf('multi-year-backlog');
    const records = tableRecords(await openTable(card, user));
    const expected = [...leagueCityIds]
      .map((unitId) => ({ unitId, value: stored(indicator.id, unitId, '2024-06')! }))
      .sort((a, b) => a.value - b.value);
    expect(records.map((row) => [row['盟市'], row[indicator.name]])).toEqual(
      expected.map(({ unitId, value }) => [unitName(unitId), expectedText(value, '件')]),
    );
  });

  it('says so when the range has no data, and offers no table', async () => {
    // The backlog campaign began in June 2023.
    await renderApp({ url: '/?from=2022-01&to=2022-06' });
    const card = await findCard('case-ranking', 'empty');
    expect(card).toHaveTextContent('所选范围内没有数据。');
    expect(within(card).queryByRole('button', { name: '查看表格' })).not.toBeInTheDocument();
  });

  it('shows the definition (口径) on demand', async () => {
    const { user } = await renderApp();
    const card = await findCard('case-ranking');
    const button = within(card).getByRole('button', { name: '口径' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).getByText(indicatorOf('backlog-resolution-rate').definition)).toBeVisible();
  });
});

describe('the research funnel table', () => {
  it('shows problems → measures → experiences for all units with shares of the problems', async () => {
    const { user } = await renderApp();
    await waitForQuiet();
    const card = await findCard('research-funnel');
    const months = monthsBetween('2023-07', '2024-06');
    const total = (id: string) =>
      leagueCityIds.reduce(
        (sum, unitId) => sum + (latestReported(id, unitId, months)?.value ?? 0),
        0,
      );
    const [problems, measures, converted] = [
      total('problems-sorted'),
      total('measures-formed'),
      total('experiences-converted'),
    ] as [number, number, number];
    expect(await openTable(card, user)).toEqual([
      ['环节', '数量', '占问题数比例'],
      ['梳理问题', expectedText(problems, ''), '—'],
      ['形成解决措施', expectedText(measures, ''), expectedText((measures / problems) * 100, '%')],
      [
        '典型经验转化',
        expectedText(converted, ''),
        expectedText((converted / problems) * 100, '%'),
      ],
    ]);
  });
});

type Task = (typeof dataset.tasks)[number];
const statusOrder = ['overdue', 'in-progress', 'not-started', 'done'];
const statusLabel: Record<string, string> = {
  overdue: '已逾期',
  'in-progress': '推进中',
  'not-started': '未启动',
  done: '已完成',
};
const collator = new Intl.Collator('zh-CN');
const columns: Array<{ name: string; compare: (a: Task, b: Task) => number }> = [
  { name: '任务', compare: (a, b) => collator.compare(a.title, b.title) },
  { name: '责任单位', compare: (a, b) => collator.compare(a.owner, b.owner) },
  { name: '完成时限', compare: (a, b) => a.due.localeCompare(b.due) },
  {
    name: '状态',
    compare: (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status),
  },
  { name: '进度', compare: (a, b) => a.progress - b.progress },
];

describe('the task list', () => {
  const taskTable = () => screen.getByRole('table', { name: '任务清单' });
  const shownTasks = () =>
    within(taskTable())
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const title = within(row).getByRole('rowheader').textContent;
        const task = dataset.tasks.find((item) => item.title === title);
        if (!task) throw new Error(`a task not in the data: ${title}`);
        // A task measured by the data shows the status and progress the data gives it.
        const status = (Object.keys(statusLabel) as Task['status'][]).find((key) =>
          row.textContent?.includes(statusLabel[key]!),
        );
        const progress = Number(within(row).getByRole('progressbar').getAttribute('value'));
        return { ...task, status: status ?? task.status, progress };
      });
  const sortOf = (name: string) =>
    within(taskTable())
      .getByRole('columnheader', { name: new RegExp(`^${name}`) })
      .getAttribute('aria-sort');

  it('lists every task with owner, due date, status and progress', async () => {
    await renderApp();
    await screen.findByRole('table', { name: '任务清单' });
    // Measured tasks take their status from the figures, which arrive after the list itself.
    await waitForQuiet();
    const rows = within(taskTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(dataset.tasks.length);
    const ordos = rows.find((row) => row.textContent?.includes('推广“三端五防线”诉源治理模式'));
    expect(ordos).toHaveTextContent('鄂尔多斯市委政法委2024年8月31日推进中68%');
    expect(within(ordos!).getByRole('progressbar')).toHaveAttribute('value', '68');
    // Urgent first by default: the overdue tasks lead.
    expect(sortOf('状态')).toBe('ascending');
    // Chifeng's milestone task is measured by the data (above 55 %), so once the figures are in it
    // is no longer overdue; the tasks still overdue lead the list.
    await expect
      .poll(
        () => shownTasks().find((task) => task.title === '赤峰市积案化解率达到阶段目标')?.status,
      )
      .not.toBe('overdue');
    const statuses = shownTasks().map((task) => task.status);
    expect(statuses[0]).toBe('overdue');
    expect(statuses.lastIndexOf('overdue')).toBeLessThan(
      statuses.findIndex((status) => status !== 'overdue'),
    );
  });

  it('takes a measured task’s status from the data, so that it agrees with the chart', async () => {
    await renderApp();
    await screen.findByRole('table', { name: '任务清单' });
    const rate = stored('backlog-resolution-rate', 'chifeng', '2024-06')!;
    const row = within(taskTable())
      .getAllByRole('row')
      .find((item) => item.textContent?.includes('赤峰市积案化解率达到阶段目标'))!;
    await vi.waitFor(() =>
      expect(row).toHaveTextContent(rate >= 55 ? statusLabel.done! : statusLabel.overdue!),
    );
  });

  it.each(columns)('sorts by $name both ways', async ({ name, compare }) => {
    const { user } = await renderApp();
    await screen.findByRole('table', { name: '任务清单' });
    const header = within(taskTable()).getByRole('button', { name: new RegExp(`^${name}`) });

    // The status column is the default sort, so its first click turns it round.
    const clicksToAscending = name === '状态' ? 2 : 1;
    for (let click = 0; click < clicksToAscending; click += 1) await user.click(header);
    expect(sortOf(name)).toBe('ascending');
    for (const other of columns.filter((column) => column.name !== name))
      expect(sortOf(other.name)).toBe('none');
    const ascending = shownTasks();
    expect(ascending).toHaveLength(dataset.tasks.length);
    for (let index = 1; index < ascending.length; index += 1)
      expect(compare(ascending[index - 1]!, ascending[index]!)).toBeLessThanOrEqual(0);

    await user.click(header);
    expect(sortOf(name)).toBe('descending');
    const descending = shownTasks();
    for (let index = 1; index < descending.length; index += 1)
      expect(compare(descending[index - 1]!, descending[index]!)).toBeGreaterThanOrEqual(0);
    // The order really changed.
    expect(descending.map((task) => task.id)).not.toEqual(ascending.map((task) => task.id));
    if (name === '状态')
      expect(within(taskTable()).getAllByRole('row')[1]).toHaveTextContent(statusLabel.done!);
  });

  it('shows only the chosen unit’s tasks when filtered', async () => {
    await renderApp({ url: '/?units=ordos' });
    await waitForQuiet();
    await screen.findByRole('table', { name: '任务清单' });
    // Ordos's own tasks and the region's, which concern every unit; no other unit's.
    const shown = shownTasks()
      .map((task) => task.id)
      .sort();
    expect(shown).toEqual(
      dataset.tasks
        .filter((task) => task.unitId === 'ordos' || task.unitId === null)
        .map((task) => task.id)
        .sort(),
    );
    expect(shown).toContain('task-ordos-diversion');
  });
});
