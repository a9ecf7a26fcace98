import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, waitForQuiet } from './render-app';

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * A filter change is followed by the sections in a deferred render, and their queries are sent from
 * effects once it commits. The first screen's figures (the headline tiles, 进度预警) are asked for
 * in the click's own task instead (dashboard-page.tsx, useFirstScreenEarly).
 */
describe('a filter change', () => {
  it('asks for the new first screen’s figures in the click itself, before the sections render', async () => {
    const { queryClient } = await renderApp();
    await waitForQuiet();
    const observationKeys = () =>
      new Set(
        queryClient
          .getQueryCache()
          .findAll({ predicate: (query) => query.queryKey.includes('observations') })
          .map((query) => JSON.stringify(query.queryKey)),
      );
    const before = observationKeys();
    const sixMonths = within(screen.getByRole('group', { name: '快捷时间范围' })).getByRole(
      'button',
      { name: '近6个月' },
    );

    // Outside act(), React draws nothing of the click until the test lets go of the thread: what is
    // in the cache right after the click was asked for by the click's own handlers.
    const actGlobal = globalThis as ActGlobal;
    const actEnvironment = actGlobal.IS_REACT_ACT_ENVIRONMENT;
    actGlobal.IS_REACT_ACT_ENVIRONMENT = false;
    let askedInClick: string[];
    let fetchingInClick: number;
    try {
      sixMonths.click();
      askedInClick = [...observationKeys()].filter((key) => !before.has(key));
      fetchingInClick = askedInClick.filter(
        (key) =>
          queryClient.getQueryState(JSON.parse(key) as unknown[])?.fetchStatus === 'fetching',
      ).length;
      await waitForQuiet();
      await expect.poll(() => sixMonths.getAttribute('aria-pressed')).toBe('true');
    } finally {
      actGlobal.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }

    // The queries the first screen asks for at load (first-screen.ts), for the new months: the
    // headline tiles' (the backlog's resolution rate among them) and 进度预警's, already on their
    // way; the sections' other queries only once their render has committed.
    expect(askedInClick.length).toBeGreaterThan(0);
    expect(fetchingInClick).toBe(askedInClick.length);
    expect(askedInClick.some((key) => key.includes('backlog-resolution-rate'))).toBe(true);
    const askedAfter = [...observationKeys()].filter((key) => !before.has(key));
    expect(askedAfter.length).toBeGreaterThan(askedInClick.length);
  });
});
