import { screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { renderApp, waitForQuiet } from './render-app';

/*
 * A filter change is followed by the sections in a deferred render, and their queries are sent from
 * effects once it commits. The first screen's figures (the headline tiles, and 进度预警's when the
 * change moves them) are asked for in the click's own task instead (dashboard-page.tsx,
 * useFirstScreenEarly; first-screen.ts). The clicks below are the DOM's own, outside act(): React
 * draws nothing of them until the test lets go of the thread (the suite runs without an act
 * environment), and the page's own microtasks run at the `await Promise.resolve()`.
 */

const observationKeys = (queryClient: QueryClient) =>
  new Set(
    queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.queryKey.includes('observations') })
      .map((query) => JSON.stringify(query.queryKey)),
  );

const queryOf = (queryClient: QueryClient, key: string) =>
  queryClient.getQueryCache().find({ queryKey: JSON.parse(key) as unknown[], exact: true });

const preset = (name: string) =>
  within(screen.getByRole('group', { name: '快捷时间范围' })).getByRole('button', { name });

/** The dashboard, quiet, and a click on a preset that returns the observation queries it added. */
async function quietDashboard() {
  const { queryClient } = await renderApp();
  await waitForQuiet();
  const known = observationKeys(queryClient);
  const added = () => [...observationKeys(queryClient)].filter((key) => !known.has(key));
  return {
    queryClient,
    added,
    /** Clicks the preset and lets the page's microtasks run (React draws nothing yet). */
    async click(name: string) {
      const before = added();
      preset(name).click();
      await Promise.resolve();
      return added().filter((key) => !before.includes(key));
    },
  };
}

describe('a filter change', () => {
  it('asks for the new first screen’s figures in the click itself, before the sections render', async () => {
    const { queryClient, added, click } = await quietDashboard();
    const askedInClick = await click('近6个月');
    const fetchingInClick = askedInClick.filter(
      (key) => queryOf(queryClient, key)?.state.fetchStatus === 'fetching',
    );
    await waitForQuiet();
    expect(preset('近6个月')).toHaveAttribute('aria-pressed', 'true');

    // The headline tiles' queries for the new months (the backlog's resolution rate among them),
    // already on their way; the sections' other queries only once their render has committed.
    expect(askedInClick.length).toBeGreaterThan(0);
    expect(fetchingInClick).toEqual(askedInClick);
    expect(askedInClick.some((key) => key.includes('backlog-resolution-rate'))).toBe(true);
    expect(added().length).toBeGreaterThan(askedInClick.length);
    // And they are the queries the sections then read: each has a card observing it.
    for (const key of askedInClick)
      expect(queryOf(queryClient, key)?.getObserversCount(), key).toBeGreaterThan(0);
  });

  it('stops waiting for a change’s figures once another change replaces it', async () => {
    const { queryClient, click } = await quietDashboard();
    const first = await click('近6个月');
    const second = await click('全部月份');

    // The first change's queries, read by no card, are no longer fetched; the second's are.
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    for (const key of first) {
      const query = queryOf(queryClient, key);
      expect(query?.state.fetchStatus, key).toBe('idle');
      expect(query?.state.data, key).toBeUndefined();
    }
    for (const key of second)
      expect(queryOf(queryClient, key)?.state.fetchStatus, key).toBe('fetching');
    await waitForQuiet();
    expect(preset('全部月份')).toHaveAttribute('aria-pressed', 'true');
  });
});
