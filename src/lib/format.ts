import { formatDecimal } from '@/lib/decimal-text';
import type { Language } from '@/lib/i18n/language-store';
import type { MeasureUnit } from '@/schemas/indicator';

/**
 * The one place numbers become text. Conventions officials expect: large counts in 万件 with 1–2
 * decimals, rates with 1 decimal, a rate's change in 个百分点, a count's change as 同比上升/下降 X%.
 */

const MISSING = '—';

/**
 * A number with `decimals` decimals, grouped by thousands ("1,234.5"); `signed` adds "+" to a
 * positive figure. zh-CN and English write numbers alike; formatDecimal gives what
 * Intl.NumberFormat would, without loading ICU's locale data on the first screen.
 */
export function formatNumber(
  value: number,
  _language: Language,
  decimals = 0,
  signed = false,
): string {
  // The sign follows the rounded figure: "0.0", never "-0.0" or "+0.0".
  return formatDecimal(value, decimals, decimals, signed ? 'exceptZero' : 'negative');
}

const isShare = (unit: MeasureUnit) => unit === '%' || unit === '个百分点';
const decimalsFor = (unit: MeasureUnit, value: number) =>
  unit === '万件'
    ? Math.abs(value) >= 100
      ? 1
      : 2
    : isShare(unit)
      ? 1
      : Number.isInteger(value)
        ? 0
        : 1;

/** A value with its unit: "3.65万件", "55.2%", "1.1个百分点"; in English "36,500", "55.2%", "1.1 pp". */
export function formatValue(
  value: number | null,
  unit: MeasureUnit,
  language: Language,
  options: { signed?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const signed = options.signed ?? false;
  if (language === 'en') {
    if (unit === '万件') return formatNumber(value * 10000, language, 0, signed);
    if (unit === '%') return `${formatNumber(value, language, 1, signed)}%`;
    if (unit === '个百分点') return `${formatNumber(value, language, 1, signed)} pp`;
    return formatNumber(value, language, decimalsFor(unit, value), signed);
  }
  return `${formatNumber(value, language, decimalsFor(unit, value), signed)}${unit}`;
}

/** Short numbers for chart axes: "3.6万", "55%". */
export function formatAxisValue(value: number, unit: MeasureUnit, language: Language): string {
  if (isShare(unit))
    return `${formatNumber(value, language, Number.isInteger(value) ? 0 : 1)}${unit === '%' ? '%' : ''}`;
  if (unit === '万件')
    return language === 'en'
      ? `${formatNumber(value * 10, language, 0)}k`
      : `${formatNumber(value, language, 1)}万`;
  if (Math.abs(value) >= 10000)
    return language === 'en'
      ? `${formatNumber(value / 1000, language, 0)}k`
      : `${formatNumber(value / 10000, language, 1)}万`;
  return formatNumber(value, language, Number.isInteger(value) ? 0 : 1);
}

/** 同比, 环比, or against a period the reader picked, named as shown ("2023年12月"). */
export type Comparison = 'yoy' | 'mom' | { period: string };

/**
 * How a figure moved, worded as officials write it: a rate's change in percentage points
 * ("提高1.1个百分点"), a count's change in per cent ("同比下降11.2%").
 */
export function describeChange(
  current: number | null,
  previous: number | null,
  unit: MeasureUnit,
  comparison: Comparison,
  language: Language,
): string | null {
  if (current === null || previous === null) return null;
  const picked = typeof comparison === 'object' ? comparison.period : null;
  const prefix =
    language === 'en'
      ? ''
      : picked !== null
        ? `较${picked}`
        : comparison === 'yoy'
          ? '同比'
          : '环比';
  const suffix =
    language !== 'en'
      ? ''
      : picked !== null
        ? ` on ${picked}`
        : comparison === 'yoy'
          ? ' year on year'
          : ' on the previous period';
  if (isShare(unit)) {
    const points = Math.round((current - previous) * 10) / 10;
    if (points === 0) return language === 'en' ? `unchanged${suffix}` : `${prefix}持平`;
    const size = formatNumber(Math.abs(points), language, 1);
    if (language === 'en') return `${points > 0 ? 'up' : 'down'} ${size} pp${suffix}`;
    return `${prefix}${points > 0 ? '提高' : '下降'}${size}个百分点`;
  }
  if (previous === 0) return null;
  const percent = Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
  if (percent === 0) return language === 'en' ? `unchanged${suffix}` : `${prefix}持平`;
  const size = formatNumber(Math.abs(percent), language, 1);
  if (language === 'en') return `${percent > 0 ? 'up' : 'down'} ${size}%${suffix}`;
  return `${prefix}${percent > 0 ? '上升' : '下降'}${size}%`;
}

/** Distance to a target: "低于目标4.2个百分点" / "4.2 pp below target"; "达到目标" when met exactly. */
export function describeAgainstTarget(
  value: number | null,
  target: number,
  unit: MeasureUnit,
  language: Language,
): string | null {
  if (value === null) return null;
  const difference = Math.round((value - target) * 10) / 10;
  const target_ = formatValue(target, unit, language);
  if (difference === 0)
    return language === 'en' ? `on target (${target_})` : `达到目标（${target_}）`;
  const size = isShare(unit)
    ? language === 'en'
      ? `${formatNumber(Math.abs(difference), language, 1)} pp`
      : `${formatNumber(Math.abs(difference), language, 1)}个百分点`
    : formatValue(Math.abs(difference), unit, language);
  if (language === 'en') return `${size} ${difference > 0 ? 'above' : 'below'} target (${target_})`;
  return `${difference > 0 ? '高于' : '低于'}目标${size}（目标${target_}）`;
}

const englishMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "2024年6月30日" / "30 Jun 2024". */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return language === 'en'
    ? `${day} ${englishMonths[month - 1]} ${year}`
    : `${year}年${month}月${day}日`;
}

/** "2024年6月" / "Jun 2024"; quarters "2024年第2季度" / "Q2 2024". */
export function formatPeriod(period: string, language: Language): string {
  const year = period.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return language === 'en' ? `Q${quarter[1]} ${year}` : `${year}年第${quarter[1]}季度`;
  const month = Number(period.slice(5, 7));
  return language === 'en' ? `${englishMonths[month - 1]} ${year}` : `${year}年${month}月`;
}

/** Short period labels for chart axes: "24-06" / "24Q2". */
export function formatPeriodTick(period: string): string {
  return period.includes('Q')
    ? `${period.slice(2, 4)}${period.slice(4).replace('-', '')}`
    : period.slice(2);
}

export function formatPeriodRange(from: string, to: string, language: Language): string {
  if (from === to) return formatPeriod(from, language);
  return language === 'en'
    ? `${formatPeriod(from, language)} – ${formatPeriod(to, language)}`
    : `${formatPeriod(from, language)}至${formatPeriod(to, language)}`;
}

const englishUnitNames: Record<MeasureUnit, string> = {
  件: 'count',
  万件: '10,000s',
  项: 'items',
  个: 'count',
  支: 'squads',
  次: 'studies',
  条: 'measures',
  篇: 'reports',
  '%': '%',
  个百分点: 'percentage points',
};

/** The measure unit named in the reader's language: "件" / "count", "个百分点" / "percentage points". */
export const measureUnitName = (unit: MeasureUnit, language: Language) =>
  language === 'en' ? englishUnitNames[unit] : unit;

// Compact numbers (axes and bar labels)

/** A scale applies from `from` on; numbers below 10,000 are written in full in both languages. */
type CompactScale = { size: number; from: number; suffix: string };
const compactScales: Record<Language, CompactScale[]> = {
  'zh-CN': [
    { size: 1e12, from: 1e12, suffix: '万亿' },
    { size: 1e8, from: 1e8, suffix: '亿' },
    { size: 1e4, from: 1e4, suffix: '万' },
  ],
  en: [
    { size: 1e12, from: 1e12, suffix: 'tn' },
    { size: 1e9, from: 1e9, suffix: 'bn' },
    { size: 1e6, from: 1e6, suffix: 'm' },
    { size: 1e3, from: 1e4, suffix: 'k' },
  ],
};

/** Decimals that tell multiples of `step` apart (2.5 → 1, 0.25 → 2), at most 3. */
function decimalsOfStep(step: number): number {
  for (let decimals = 0; decimals < 3; decimals += 1) {
    const scaled = Math.abs(step) * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return decimals;
  }
  return 3;
}

/**
 * A number in as few characters as it reads well: "3.65万", "1.2亿", "1万亿"; "36.5k", "1.2bn".
 * Below 10,000 numbers are written in full. On an axis, pass the tick `step` and the largest
 * tick as `scaleOf`, so that every tick shares one scale and as many decimals as tell them apart.
 */
export function formatCompactNumber(
  value: number,
  language: Language,
  options: { step?: number; scaleOf?: number } = {},
): string {
  if (!Number.isFinite(value)) return MISSING;
  // Zero needs no scale: "0", never "0亿".
  if (value === 0) return '0';
  const reference = Math.abs(options.scaleOf ?? value);
  const scale = compactScales[language].find((candidate) => reference >= candidate.from);
  const size = scale?.size ?? 1;
  const scaled = value / size;
  if (options.step !== undefined) {
    const decimals = decimalsOfStep(options.step / size);
    return `${formatNumber(scaled, language, decimals)}${scale?.suffix ?? ''}`;
  }
  const magnitude = Math.abs(scaled);
  const decimals =
    scale === undefined
      ? Number.isInteger(value)
        ? 0
        : 1
      : magnitude >= 100
        ? 0
        : magnitude >= 10
          ? 1
          : 2;
  return `${formatDecimal(scaled, 0, decimals)}${scale?.suffix ?? ''}`;
}

const countIn = (value: number, unit: MeasureUnit) => (unit === '万件' ? value * 10000 : value);

/** An axis tick: "55%", "2.5", "3万", "1.2亿"; the axis names its unit once, beside it. */
export function formatAxisTick(
  value: number,
  unit: MeasureUnit,
  language: Language,
  axis: { step: number; scaleOf: number },
): string {
  if (isShare(unit)) {
    const text = formatNumber(value, language, decimalsOfStep(axis.step));
    return unit === '%' ? `${text}%` : text;
  }
  return formatCompactNumber(countIn(value, unit), language, {
    step: countIn(axis.step, unit),
    scaleOf: countIn(axis.scaleOf, unit),
  });
}

/**
 * A value with its unit, compact when large: "55.2%", "−3.1个百分点", "6,246项", "1.2亿件";
 * in English "55.2%", "−3.1 pp", "6,246", "1.2bn". Small values read as formatValue writes them.
 */
export function formatCompactValue(
  value: number | null,
  unit: MeasureUnit,
  language: Language,
  options: { signed?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const count = countIn(value, unit);
  if (isShare(unit) || Math.abs(count) < 1e6 || (unit === '万件' && Math.abs(value) < 1e4))
    return formatValue(value, unit, language, options);
  const sign = options.signed && value > 0 ? '+' : '';
  const text = `${sign}${formatCompactNumber(count, language)}`;
  if (language === 'en') return text;
  return `${text}${unit === '万件' ? '件' : unit}`;
}

/** Names of the units that fit a subtitle: "甲、乙、丙等12个" / "A, B, C and 9 more". */
export function listWithRest(names: string[], language: Language, shown = 3): string {
  const separator = language === 'en' ? ', ' : '、';
  if (names.length <= shown) return names.join(separator);
  const head = names.slice(0, shown).join(separator);
  return language === 'en'
    ? `${head} and ${names.length - shown} more`
    : `${head}等${names.length}个`;
}

/** Right-to-left letters, or the controls that reorder text (embeddings, overrides, isolates). */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u202A-\u202E\u2066-\u2069]/;

/**
 * A name from the data, set inside a sentence or a list, in a first-strong isolate (FSI … PDI)
 * when it could reorder the text around it: a right-to-left name keeps its own order, and one
 * with an override it never closes ("\u202eReversed City") is closed by the isolate's end, so the
 * rest of the sentence reads in order. Any other name is returned as it is.
 */
export const nameInText = (name: string) => (BIDI.test(name) ? `\u2068${name}\u2069` : name);
