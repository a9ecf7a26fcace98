import { describe, expect, it } from 'vitest';
import {
  describeChange,
  formatAxisValue,
  formatDate,
  formatNumber,
  formatPeriod,
  formatPeriodRange,
  formatPeriodTick,
  formatValue,
  nameInText,
} from '@/lib/format';

describe('formatValue in Chinese', () => {
  it('writes large counts in 万件 with two decimals, or one from 100万件', () => {
    expect(formatValue(3.65, '万件', 'zh-CN')).toBe('3.65万件');
    expect(formatValue(3.6, '万件', 'zh-CN')).toBe('3.60万件');
    expect(formatValue(123.456, '万件', 'zh-CN')).toBe('123.5万件');
  });

  it('writes rates with one decimal', () => {
    expect(formatValue(55.24, '%', 'zh-CN')).toBe('55.2%');
    expect(formatValue(94, '%', 'zh-CN')).toBe('94.0%');
  });

  it('writes a change of a rate in 个百分点', () => {
    expect(formatValue(1.1, '个百分点', 'zh-CN')).toBe('1.1个百分点');
  });

  it('writes whole counts with grouping and no decimals, with their measure unit', () => {
    expect(formatValue(6246, '项', 'zh-CN')).toBe('6,246项');
    expect(formatValue(46, '支', 'zh-CN')).toBe('46支');
    expect(formatValue(12.5, '件', 'zh-CN')).toBe('12.5件');
  });

  it('signs a change when asked', () => {
    expect(formatValue(1.1, '个百分点', 'zh-CN', { signed: true })).toBe('+1.1个百分点');
    expect(formatValue(-11.2, '%', 'zh-CN', { signed: true })).toBe('-11.2%');
  });

  it('never writes "-0.0" or "+0.0" for a figure that rounds to zero', () => {
    expect(formatValue(-0, '%', 'zh-CN')).toBe('0.0%');
    expect(formatValue(-0.04, '%', 'zh-CN')).toBe('0.0%');
    expect(formatValue(-0.04, '个百分点', 'zh-CN', { signed: true })).toBe('0.0个百分点');
    expect(formatValue(0.04, '个百分点', 'zh-CN', { signed: true })).toBe('0.0个百分点');
  });

  it('writes a gap as a dash, never as zero', () => {
    expect(formatValue(null, '件', 'zh-CN')).toBe('—');
    expect(formatValue(Number.NaN, '%', 'zh-CN')).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY, '万件', 'zh-CN')).toBe('—');
  });
});

describe('formatValue in English', () => {
  it('writes 万件 as a whole number of cases', () => {
    expect(formatValue(3.65, '万件', 'en')).toBe('36,500');
  });

  it('writes rates with % and changes of rates in pp', () => {
    expect(formatValue(55.24, '%', 'en')).toBe('55.2%');
    expect(formatValue(1.1, '个百分点', 'en', { signed: true })).toBe('+1.1 pp');
    expect(formatValue(-11.2, '%', 'en', { signed: true })).toBe('-11.2%');
  });

  it('writes counts without the Chinese measure unit', () => {
    expect(formatValue(6246, '项', 'en')).toBe('6,246');
  });

  it('writes a gap as a dash', () => {
    expect(formatValue(null, '%', 'en')).toBe('—');
  });
});

describe('formatNumber', () => {
  it('rounds to the decimals asked for', () => {
    expect(formatNumber(93.94, 'zh-CN', 1)).toBe('93.9');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatAxisValue', () => {
  it('keeps axis labels short', () => {
    expect(formatAxisValue(3.65, '万件', 'zh-CN')).toBe('3.7万');
    expect(formatAxisValue(62460, '项', 'zh-CN')).toBe('6.2万');
    expect(formatAxisValue(62460, '项', 'en')).toBe('62k');
    expect(formatAxisValue(55, '%', 'zh-CN')).toBe('55%');
    expect(formatAxisValue(120, '件', 'zh-CN')).toBe('120');
  });
});

describe('describeChange', () => {
  it('words a rate’s change in percentage points', () => {
    expect(describeChange(94, 92.9, '%', 'yoy', 'zh-CN')).toBe('同比提高1.1个百分点');
    expect(describeChange(55.2, 57.0, '%', 'mom', 'zh-CN')).toBe('环比下降1.8个百分点');
  });

  it('words a change against a period the reader picked', () => {
    expect(describeChange(72.2, 60.1, '%', { period: '2023年12月' }, 'zh-CN')).toBe(
      '较2023年12月提高12.1个百分点',
    );
    expect(describeChange(90, 100, '件', { period: 'Dec 2023' }, 'en')).toBe(
      'down 10.0% on Dec 2023',
    );
  });

  it('words a count’s change in per cent', () => {
    expect(describeChange(88.8, 100, '件', 'yoy', 'zh-CN')).toBe('同比下降11.2%');
    expect(describeChange(3.65, 3.2, '万件', 'mom', 'zh-CN')).toBe('环比上升14.1%');
  });

  it('says 持平 when nothing moved at the precision shown', () => {
    expect(describeChange(50, 50, '%', 'mom', 'zh-CN')).toBe('环比持平');
    expect(describeChange(1000, 1000.4, '件', 'yoy', 'zh-CN')).toBe('同比持平');
  });

  it('has English wording', () => {
    expect(describeChange(94, 92.9, '%', 'yoy', 'en')).toBe('up 1.1 pp year on year');
    expect(describeChange(88.8, 100, '件', 'yoy', 'en')).toBe('down 11.2% year on year');
    expect(describeChange(110, 100, '件', 'mom', 'en')).toBe('up 10.0% on the previous period');
    expect(describeChange(50, 50, '个百分点', 'mom', 'en')).toBe(
      'unchanged on the previous period',
    );
  });

  it('gives nothing when either figure is missing, or a count grows from zero', () => {
    expect(describeChange(null, 3, '件', 'yoy', 'zh-CN')).toBeNull();
    expect(describeChange(3, null, '%', 'mom', 'zh-CN')).toBeNull();
    expect(describeChange(5, 0, '件', 'yoy', 'zh-CN')).toBeNull();
  });

  it('measures a fall of a negative count against its size', () => {
    expect(describeChange(-20, -10, '件', 'yoy', 'zh-CN')).toBe('同比下降100.0%');
  });
});

describe('dates and periods', () => {
  it('writes the as-of date as officials do', () => {
    expect(formatDate('2024-06-30', 'zh-CN')).toBe('2024年6月30日');
    expect(formatDate('2024-06-30', 'en')).toBe('30 Jun 2024');
  });

  it('writes months and quarters', () => {
    expect(formatPeriod('2024-06', 'zh-CN')).toBe('2024年6月');
    expect(formatPeriod('2024-06', 'en')).toBe('Jun 2024');
    expect(formatPeriod('2024-Q2', 'zh-CN')).toBe('2024年第2季度');
    expect(formatPeriod('2024-Q2', 'en')).toBe('Q2 2024');
  });

  it('writes short axis ticks', () => {
    expect(formatPeriodTick('2024-06')).toBe('24-06');
    expect(formatPeriodTick('2024-Q2')).toBe('24Q2');
  });

  it('writes a range, or a single period when both ends are the same', () => {
    expect(formatPeriodRange('2024-01', '2024-06', 'zh-CN')).toBe('2024年1月至2024年6月');
    expect(formatPeriodRange('2024-01', '2024-06', 'en')).toBe('Jan 2024 – Jun 2024');
    expect(formatPeriodRange('2024-06', '2024-06', 'zh-CN')).toBe('2024年6月');
  });
});

describe('compact numbers for axes and labels', () => {
  it('writes large numbers in 万, 亿 and 万亿, and in k, m, bn and tn', async () => {
    const { formatCompactNumber, formatCompactValue, formatAxisTick } =
      await import('@/lib/format');
    expect(formatCompactNumber(36500, 'zh-CN')).toBe('3.65万');
    expect(formatCompactNumber(1.2e8, 'zh-CN')).toBe('1.2亿');
    expect(formatCompactNumber(1e12, 'zh-CN')).toBe('1万亿');
    expect(formatCompactNumber(36500, 'en')).toBe('36.5k');
    expect(formatCompactNumber(1.2e9, 'en')).toBe('1.2bn');
    expect(formatCompactNumber(6246, 'zh-CN')).toBe('6,246');
    expect(formatCompactNumber(0, 'zh-CN')).toBe('0');
    // One scale and as many decimals as the step needs, for every tick of an axis.
    const axis = { step: 2.5e7, scaleOf: 1e8 };
    expect(formatAxisTick(2.5e7, '件', 'zh-CN', axis)).toBe('0.25亿');
    expect(formatAxisTick(1e8, '件', 'zh-CN', axis)).toBe('1.00亿');
    expect(formatAxisTick(7.5, '%', 'zh-CN', { step: 2.5, scaleOf: 10 })).toBe('7.5%');
    expect(formatAxisTick(4, '万件', 'zh-CN', { step: 1, scaleOf: 4 })).toBe('4万');
    // Labels: a bar's value is never cut to "1,000,000,000,00".
    expect(formatCompactValue(1e12, '件', 'zh-CN')).toBe('1万亿件');
    expect(formatCompactValue(1e12, '件', 'en')).toBe('1tn');
    expect(formatCompactValue(55.24, '%', 'zh-CN')).toBe('55.2%');
    expect(formatCompactValue(6246, '项', 'zh-CN')).toBe('6,246项');
  });
});

describe('nameInText', () => {
  it('isolates a name that could reorder the sentence around it, and leaves others as they are', () => {
    expect(nameInText('鄂尔多斯市')).toBe('鄂尔多斯市');
    expect(nameInText('Unit 13 League')).toBe('Unit 13 League');
    expect(nameInText('مدينة الاختبار')).toBe('\u2068مدينة الاختبار\u2069');
    // An override the name never closes ends with the isolate, not with the paragraph.
    expect(nameInText('\u202eReversed City')).toBe('\u2068\u202eReversed City\u2069');
  });
});
