import { afterEach, describe, expect, it, vi } from 'vitest';

describe('prepareNumberFormats', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('builds the formats figures use, so that formatting them later builds none', async () => {
    const { formatNumber, formatValue, prepareNumberFormats } = await import('@/lib/format');
    const Real = Intl.NumberFormat;
    const built = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    } as unknown as typeof Real);
    prepareNumberFormats('zh-CN');
    const afterPreparing = built.mock.calls.length;
    expect(afterPreparing).toBeGreaterThan(0);

    expect(formatValue(55.4, '%', 'zh-CN')).toBe('55.4%');
    expect(formatValue(12, '件', 'zh-CN')).toBe('12件');
    expect(formatValue(3.25, '万件', 'zh-CN')).toBe('3.25万件');
    expect(formatNumber(1.1, 'zh-CN', 1, true)).toBe('+1.1');
    expect(built.mock.calls.length).toBe(afterPreparing);

    // Another language's formats are its own.
    formatNumber(1, 'en');
    expect(built.mock.calls.length).toBeGreaterThan(afterPreparing);
  });
});
