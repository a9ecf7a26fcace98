import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks the browser for an idle moment, with a deadline, and can take it back', () => {
    const asked: Array<{ run: () => void; timeout?: number }> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout: number }) => {
      asked.push({ run, timeout: options?.timeout });
      return asked.length;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const run = vi.fn();
    const cancel = whenIdle(run, { timeoutMs: 1000 });
    expect(asked).toEqual([{ run, timeout: 1000 }]);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('falls back to a timer where there are no idle callbacks, and a cancel stops it', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run, { fallbackMs: 50 });
    await vi.advanceTimersByTimeAsync(49);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    whenIdle(never)();
    await vi.advanceTimersByTimeAsync(1000);
    expect(never).not.toHaveBeenCalled();
  });
});
