import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { observationsQueryOptions } from '@/features/reports/api/get-observations';
import { sendObservationsNow } from '@/features/reports/api/observations-batch';
import type { ObservationParams } from '@/features/reports/api/query-keys';
import type { DashboardView } from './dashboard-view';
import { figureQueries } from './figures';
import { paceIndicators, paceQueries } from './pace-report';
import { headlineIds } from './report-layout';

/*
 * The first screen's figures are asked for as soon as the catalogue is complete, before the
 * sections' first render (130–250 ms at CPU ×1 before any of their requests left), and not inside
 * that render's batch of two dozen queries (400 KB to read and check before the first tile could
 * draw); and again on each filter change, in the click's own task, before the sections' deferred
 * render (dashboard-page.tsx). The sections then read the same queries from React Query's cache.
 */

/** The first screen's requests, in the order they are sent: the headline tiles, then 进度预警. */
export function firstScreenQueries(view: DashboardView): ObservationParams[][] {
  const pace = paceIndicators(view);
  const paced = pace.length > 0 ? paceQueries(view, pace) : null;
  return [figureQueries(view, headlineIds), paced ? [paced.perUnit, paced.combined] : []].filter(
    (step) => step.length > 0,
  );
}

/**
 * Starts the first screen's requests at once, each step as a batch of its own: the tiles' few
 * points are not held back by 进度预警's. A failure stays in the cache for the section to show and
 * retry. The queries asked for by the previous call (`before`) that no card reads and this view
 * does not ask for are cancelled: several changes in a row (units ticked one after another, a
 * month stepped through with the keyboard) wait only for the last one's answers. Returns the keys
 * asked for, for the next call.
 */
export function prefetchFirstScreen(
  client: QueryClient,
  view: DashboardView,
  before: readonly QueryKey[] = [],
): QueryKey[] {
  const steps = firstScreenQueries(view).map((step) =>
    step.map((params) => observationsQueryOptions(params)),
  );
  const asked = steps.flat().map((options) => options.queryKey);
  const askedNow = new Set(asked.map((key) => hashKey(key)));
  for (const queryKey of before) {
    if (askedNow.has(hashKey(queryKey))) continue;
    const query = client.getQueryCache().find({ queryKey, exact: true });
    if (query && query.getObserversCount() === 0 && query.state.fetchStatus === 'fetching')
      void client.cancelQueries({ queryKey, exact: true });
  }
  for (const step of steps) {
    for (const options of step) void client.prefetchQuery(options);
    sendObservationsNow();
  }
  return asked;
}
