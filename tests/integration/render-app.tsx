import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { createHandlers } from '@mocks/handlers';
import { sampleDataset, server } from '@mocks/node';
import type { Dataset } from '@/schemas/api';
import { App } from '@/app/app';
import { useLanguageActions, type Language } from '@/lib/i18n/language-store';

/** A client with retries off, so that a failing endpoint shows its error at once. */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
    },
  });
}

/**
 * The language lives in a module-level store that outlives a test's DOM; put it back to the
 * given language (the working language by default) so that tests do not leak into each other.
 */
export function setLanguage(language: Language) {
  const { result, unmount } = renderHook(() => useLanguageActions());
  result.current.languageChosen(language);
  unmount();
}

/**
 * Renders the whole app as a user opens it: at `url` (path and query), with a fresh QueryClient.
 * Resolves once the catalogue has loaded and the filter bar is there, unless `waitForFilters` is off.
 */
export async function renderApp(
  options: {
    url?: string;
    language?: Language;
    waitForFilters?: boolean;
    /** Serve this dataset instead of the sample (e.g. a generated variant from mocks/data/variant-datasets). */
    dataset?: Dataset;
  } = {},
) {
  const { url = '/', language = 'zh-CN', waitForFilters = true, dataset } = options;
  // Runtime handlers come first and are dropped by server.resetHandlers() after each test.
  if (dataset) server.use(...createHandlers({ dataset }));
  setLanguage(language);
  // setLanguage stores the choice; a test of the stored choice sets it itself, after this.
  localStorage.removeItem('dashboard.language');
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  const user = userEvent.setup();
  const utils = render(<App queryClient={queryClient} />);
  // Ten seconds, like findCard: the forty-unit dataset takes seconds in jsdom on a loaded machine.
  if (waitForFilters)
    await screen.findByRole('region', { name: /筛选条件|Filters/ }, { timeout: 10_000 });
  return { ...utils, user, queryClient };
}

/** A chart card by its data-card id, once its data is there. */
export async function findCard(id: string, state: 'ready' | 'error' | 'empty' = 'ready') {
  const card = () => document.querySelector<HTMLElement>(`section[data-card="${id}"]`);
  await expect.poll(() => card()?.dataset.state, { timeout: 10_000 }).toBe(state);
  return card()!;
}

/**
 * Waits until no card or headline is fetching: after a filter change, cards keep showing the
 * previous numbers until the new ones arrive (keepPreviousData), so tests wait for quiet.
 */
export async function waitForQuiet() {
  await expect
    .poll(() => document.querySelectorAll('[aria-busy="true"]').length, { timeout: 10_000 })
    .toBe(0);
}

/** Opens a card's table view and returns the table's rows as arrays of cell texts (header row first). */
export async function openTable(
  card: HTMLElement,
  user: ReturnType<typeof userEvent.setup>,
): Promise<string[][]> {
  const toggle = within(card).getByRole('button', { name: /查看表格|View as table/ });
  await user.click(toggle);
  return tableRows(card);
}

export function tableRows(card: HTMLElement): string[][] {
  const table = within(card).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
    );
}

/** The table as objects keyed by column header, for lookups by unit or period. */
export function tableRecords(rows: string[][]): Array<Record<string, string>> {
  const [header = [], ...body] = rows;
  return body.map((cells) =>
    Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])),
  );
}

/* ------------------------------------------------------------------------------------------------
 * What the data says, read straight from the sample dataset — independently of the query engine
 * and of the selectors, so that a test compares the screen with the data, not the code with itself.
 * ---------------------------------------------------------------------------------------------- */

export const dataset = sampleDataset;

export const leagueCityIds = dataset.units
  .filter((unit) => unit.level === 'league-city')
  .map((unit) => unit.id);

export function unitName(unitId: string, language: Language = 'zh-CN') {
  const unit = dataset.units.find((item) => item.id === unitId);
  if (!unit) throw new Error(`no unit ${unitId}`);
  return language === 'en' ? unit.nameEn : unit.name;
}

export function indicatorOf(indicatorId: string) {
  const indicator = dataset.indicators.find((item) => item.id === indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  return indicator;
}

/** The stored value; undefined when the dataset has no observation at all. */
export function stored(indicatorId: string, unitId: string, month: string) {
  return dataset.observations.find(
    (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === month,
  )?.value;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string) {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > to) return months;
    months.push(current);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/** A unit's last reported (non-gap) value within the months, with its month. */
export function latestReported(indicatorId: string, unitId: string, months: string[]) {
  for (const month of [...months].reverse()) {
    const value = stored(indicatorId, unitId, month);
    if (value !== undefined && value !== null) return { month, value };
  }
  return null;
}

/** The resolution rate of several units combined: recomputed from the counts, never averaged. */
export function combinedResolutionRate(unitIds: string[], month: string) {
  let resolved = 0;
  let assigned = 0;
  for (const unitId of unitIds) {
    const top = stored('backlog-resolved', unitId, month);
    const bottom = stored('backlog-assigned', unitId, month);
    // A unit that did not report this month is left out of both sides.
    if (top === undefined || top === null || bottom === undefined || bottom === null) continue;
    resolved += top;
    assigned += bottom;
  }
  return assigned === 0 ? null : (resolved / assigned) * 100;
}

const grouped = (value: number, decimals: number, locale = 'zh-CN') =>
  new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'negative',
  }).format(value);

/**
 * The text officials expect for a value, written out here rather than taken from src/lib/format:
 * rates with one decimal ("61.4%"), counts whole ("815件"), 万件 with two decimals ("0.42万件");
 * in English 万件 become whole numbers ("4,202").
 */
export function expectedText(value: number | null, unit: string, language: Language = 'zh-CN') {
  if (value === null) return '—';
  if (language === 'en') {
    if (unit === '万件') return grouped(value * 10000, 0, 'en-GB');
    if (unit === '%') return `${grouped(value, 1, 'en-GB')}%`;
    if (unit === '个百分点') return `${grouped(value, 1, 'en-GB')} pp`;
    return grouped(value, Number.isInteger(value) ? 0 : 1, 'en-GB');
  }
  if (unit === '%' || unit === '个百分点') return `${grouped(value, 1)}${unit}`;
  if (unit === '万件') return `${grouped(value, 2)}万件`;
  return `${grouped(value, Number.isInteger(value) ? 0 : 1)}${unit}`;
}

/** "2024年3月" / "Mar 2024"; "2024年第1季度" / "Q1 2024". */
export function periodText(period: string, language: Language = 'zh-CN') {
  const year = period.slice(0, 4);
  const quarter = /Q([1-4])$/.exec(period)?.[1];
  if (quarter) return language === 'en' ? `Q${quarter} ${year}` : `${year}年第${quarter}季度`;
  const month = Number(period.slice(5, 7));
  const english = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[month - 1];
  return language === 'en' ? `${english} ${year}` : `${year}年${month}月`;
}
