import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findCard, renderApp, waitForQuiet } from './render-app';

describe('a series with a single reported period', () => {
  it('reads as a value with its month, not as an empty chart with one dot', async () => {
    await renderApp({ url: '/?from=2024-06&to=2024-06' });
    const card = await findCard('trend-resolution-rate');
    await waitForQuiet();
    const single = card.querySelector<HTMLElement>('[data-single-value]');
    expect(single).not.toBeNull();
    expect(within(single!).getByText(/2024年6月/)).toBeVisible();
    expect(within(single!).getByText(/\d+(\.\d)?%/)).toBeVisible();
    expect(card.querySelector('svg.recharts-surface')).toBeNull();
  });
});
