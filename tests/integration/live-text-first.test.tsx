import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type * as Recharts from 'recharts';
import { server } from '@mocks/node';
import { renderApp, waitForQuiet } from './render-app';

// The charts draw nothing a test here reads (see dashboard-errors.test.tsx).
vi.mock('recharts', async (importOriginal) => ({
  ...(await importOriginal<typeof Recharts>()),
  ResponsiveContainer: () => null,
}));

/** Holds GET /narrative until `release()`, then lets the normal handler answer. */
function holdNarrative() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('*/api/v1/narrative', async () => {
      await released;
      // Nothing returned: the request goes on to the sample's handler.
      return undefined;
    }),
  );
  return release;
}

const liveText = (headingId: string) =>
  document.querySelector<HTMLElement>(`[data-live-text="${headingId}"]`);

describe('the opening text', () => {
  it('shows the overview paragraph with the headline figures, before the other sections’ texts are in', async () => {
    const release = holdNarrative();
    await renderApp();
    // The overview's paragraph needs only the headline figures.
    await waitFor(() => expect(liveText('overview-heading')).not.toBeNull(), { timeout: 10_000 });
    const overview = liveText('overview-heading')!;
    expect(overview.textContent).toMatch(/截至2024年6月，全区12个盟市/);
    expect(overview.textContent).toMatch(/积案化解率/);
    // The sections bound to the report's sentences wait for them; the whole text cannot be copied.
    expect(liveText('case-resolution-heading')).toBeNull();
    const copyAll = screen.getByRole('button', { name: '复制全部文字' });
    expect(copyAll).toBeDisabled();
    expect(screen.getByRole('button', { name: '复制本段' })).toBeEnabled();
    const early = overview.querySelector('p')!.textContent;

    release();
    await waitFor(() => expect(liveText('case-resolution-heading')).not.toBeNull(), {
      timeout: 10_000,
    });
    await waitForQuiet();
    expect(screen.getByRole('button', { name: '复制全部文字' })).toBeEnabled();
    // The same words once everything is in: the overview's paragraph comes from one place.
    expect(liveText('overview-heading')!.querySelector('p')!.textContent).toBe(early);
  });
});
