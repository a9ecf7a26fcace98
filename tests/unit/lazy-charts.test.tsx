import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartBoundary } from '@/features/charts/chart-boundary';
import { ChartCard } from '@/features/charts/chart-card';
import { chunkLoader, warmUpCharts } from '@/features/charts/lazy-charts';

describe('chunkLoader', () => {
  it('loads once for every caller and keeps the chunk', async () => {
    const importChunk = vi.fn(() => Promise.resolve({ name: 'charts' }));
    const loader = chunkLoader(importChunk);
    expect(loader.loaded()).toBeNull();
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first).toBe(second);
    expect(loader.loaded()).toEqual({ name: 'charts' });
    await loader.load();
    expect(importChunk).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed load failed (no loop of attempts) until asked to try again', async () => {
    const importChunk = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('charts');
    const loader = chunkLoader(importChunk);
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(loader.loaded()).toBeNull();
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(importChunk).toHaveBeenCalledTimes(1);
    loader.retry();
    await expect(loader.load()).resolves.toBe('charts');
    loader.retry();
    expect(loader.loaded()).toBe('charts');
    await loader.load();
    expect(importChunk).toHaveBeenCalledTimes(2);
  });
});

describe('chunkLoader.prefetch', () => {
  const failing = () =>
    vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('charts');

  it('forgets a failure no chart has met: the first chart to ask loads again', async () => {
    const importChunk = failing();
    const loader = chunkLoader(importChunk);
    await expect(loader.prefetch()).resolves.toBeUndefined();
    await expect(loader.load()).resolves.toBe('charts');
    expect(importChunk).toHaveBeenCalledTimes(2);
  });

  it("keeps a failure a chart has met, until the retry (no fetch behind the user's back)", async () => {
    const importChunk = failing();
    const loader = chunkLoader(importChunk);
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    // The warm-up comes later and finds the failure: it stays.
    await loader.prefetch();
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(importChunk).toHaveBeenCalledTimes(1);
    loader.retry();
    await expect(loader.load()).resolves.toBe('charts');
  });

  it('keeps the failure when a chart asked while the warm-up was loading', async () => {
    const importChunk = failing();
    const loader = chunkLoader(importChunk);
    const warmUp = loader.prefetch();
    const chart = loader.load();
    await expect(chart).rejects.toThrow('Failed to fetch');
    await warmUp;
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(importChunk).toHaveBeenCalledTimes(1);
  });
});

describe('warmUpCharts', () => {
  afterEach(() => vi.useRealTimers());

  it('waits until the first screen is no longer busy, then loads once', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve());
    let busy = true;
    warmUpCharts(() => busy, load);
    await vi.advanceTimersByTimeAsync(2000);
    expect(load).not.toHaveBeenCalled();
    busy = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing once cancelled (the page went away)', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve());
    let busy = true;
    const cancel = warmUpCharts(() => busy, load);
    await vi.advanceTimersByTimeAsync(600);
    cancel();
    busy = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).not.toHaveBeenCalled();
  });

  it('swallows a failed warm-up: a chart that needs the chunk shows the failure, with a retry', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    warmUpCharts(() => false, load);
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('ChartBoundary', () => {
  it('keeps a failed chart inside its card, with a retry that draws it again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const onRetry = vi.fn();
    function Chart() {
      if (broken) throw new TypeError('Failed to fetch dynamically imported module');
      return <svg data-testid="chart" />;
    }
    render(
      <div>
        <p>其余内容</p>
        <ChartBoundary onRetry={onRetry}>
          <Chart />
        </ChartBoundary>
      </div>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('图表未能显示');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.getByText('其余内容')).toBeInTheDocument();
    expect(logged).toHaveBeenCalledWith('A chart could not be drawn', expect.any(TypeError));

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries every failed chart at once: they share the code that failed to load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Chart({ name }: { name: string }) {
      if (broken) throw new TypeError('Failed to fetch dynamically imported module');
      return <svg data-testid={name} />;
    }
    render(
      <div>
        <ChartBoundary>
          <Chart name="first" />
        </ChartBoundary>
        <ChartBoundary>
          <Chart name="second" />
        </ChartBoundary>
      </div>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    broken = false;
    await userEvent.click(screen.getAllByRole('button', { name: '重试' })[1]!);
    expect(screen.getByTestId('first')).toBeInTheDocument();
    expect(screen.getByTestId('second')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('in a card, a failed chart is no longer announced as an image, and is again once drawn', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Chart() {
      if (broken) throw new TypeError('Failed to fetch dynamically imported module');
      return <svg data-testid="drawn" />;
    }
    const table = { caption: '表', columns: [{ key: 'a', label: 'A' }], rows: [{ a: 1 }] };
    const query = {
      isPending: false,
      isError: false,
      isFetching: false,
      error: null,
      refetch: vi.fn(),
    };
    render(
      <ChartCard id="c" title="各盟市积案" query={query} isEmpty={false} table={table}>
        <Chart />
      </ChartCard>,
    );
    const alert = await screen.findByRole('alert');
    // The message and its buttons must be reachable: not inside role="img".
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: '刷新页面' })).toBeInTheDocument();

    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(screen.getByTestId('drawn')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /各盟市积案/ })).toBeInTheDocument();
  });
});
