import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  describeChange,
  formatAxisValue,
  formatCompactNumber,
  formatNumber,
  formatValue,
} from '@/lib/format';

describe('number formatting without Intl', () => {
  afterEach(() => vi.restoreAllMocks());

  // The first Intl.NumberFormat a page builds loads ICU's locale data: one long task on the first
  // screen. The formatting module writes numbers itself (decimal-text.ts), in both languages.
  it.each(['zh-CN', 'en'] as const)(
    'formats figures in %s without building an Intl.NumberFormat',
    (language) => {
      const built = vi.spyOn(Intl, 'NumberFormat');
      const texts = [
        formatValue(55.4, '%', language),
        formatValue(3.25, '万件', language),
        formatValue(12, '件', language),
        formatNumber(1.1, language, 1, true),
        formatCompactNumber(36500, language),
        formatCompactNumber(120000, language, { step: 20000, scaleOf: 120000 }),
        formatAxisValue(25000, '件', language),
        describeChange(55.4, 54.3, '%', 'yoy', language),
      ];
      expect(texts.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(built).not.toHaveBeenCalled();
    },
  );
});
