/**
 * Numbers written out with a fixed or a largest number of decimals, grouped by thousands: what
 * `Intl.NumberFormat` gives for zh-CN and en-GB ("1,234.5", "-0.25", "+1.1"), character for
 * character, without it. The first `Intl.NumberFormat` a page builds loads ICU's locale data, one
 * task of 30–50 ms (150 ms at CPU ×4) on the first screen; both languages write numbers alike.
 *
 * Rounding matches ECMA-402 as Chromium and Node implement it: half away from zero on the
 * shortest decimal that reads back as the same double, so 1.005 → "1.01" (not toFixed's "1.00").
 */

export type SignDisplay = 'negative' | 'exceptZero';

/** The shortest decimal digits of a finite, non-negative number, and where its point goes. */
function decimalDigits(value: number): { digits: number[]; pointAt: number } {
  const text = String(value);
  const exponentAt = text.indexOf('e');
  const mantissa = exponentAt === -1 ? text : text.slice(0, exponentAt);
  const exponent = exponentAt === -1 ? 0 : Number(text.slice(exponentAt + 1));
  const dotAt = mantissa.indexOf('.');
  const whole = dotAt === -1 ? mantissa : mantissa.slice(0, dotAt) + mantissa.slice(dotAt + 1);
  let pointAt = (dotAt === -1 ? mantissa.length : dotAt) + exponent;
  let start = 0;
  while (start < whole.length - 1 && whole[start] === '0') {
    start += 1;
    pointAt -= 1;
  }
  const digits: number[] = [];
  for (let index = start; index < whole.length; index += 1)
    digits.push(whole.charCodeAt(index) - 48);
  return { digits, pointAt };
}

/** Digits rounded half up to `decimals` places after the point. */
function roundDigits(
  value: number,
  decimals: number,
): { digits: number[]; pointAt: number; zero: boolean } {
  const { digits, pointAt } = decimalDigits(value);
  const keep = pointAt + decimals;
  if (keep >= digits.length) return { digits, pointAt, zero: digits.every((digit) => digit === 0) };
  if (keep < 0) return { digits: [0], pointAt: 1, zero: true };
  const kept = digits.slice(0, keep);
  let shift = pointAt;
  if (digits[keep]! >= 5) {
    let index = kept.length - 1;
    while (index >= 0 && kept[index] === 9) {
      kept[index] = 0;
      index -= 1;
    }
    if (index >= 0) kept[index] = kept[index]! + 1;
    else {
      kept.unshift(1);
      shift += 1;
    }
  }
  const zero = kept.every((digit) => digit === 0);
  return { digits: kept.length > 0 ? kept : [0], pointAt: kept.length > 0 ? shift : 1, zero };
}

function groupThousands(integer: string): string {
  let grouped = '';
  for (let end = integer.length; end > 0; end -= 3)
    grouped = integer.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return grouped;
}

/**
 * `value` with between `minDecimals` and `maxDecimals` decimals (trailing zeros beyond the
 * minimum dropped). A figure that rounds to zero has no sign: "0.0", never "-0.0" or "+0.0".
 */
export function formatDecimal(
  value: number,
  minDecimals: number,
  maxDecimals: number,
  signDisplay: SignDisplay = 'negative',
): string {
  const negative = value < 0 || Object.is(value, -0);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value))
    return `${negative ? '-' : signDisplay === 'exceptZero' ? '+' : ''}∞`;
  const { digits, pointAt, zero } = roundDigits(Math.abs(value), maxDecimals);
  const digitAt = (position: number) =>
    position >= 0 && position < digits.length ? digits[position]! : 0;
  let integer = '';
  for (let position = 0; position < pointAt; position += 1) integer += digitAt(position);
  if (integer === '') integer = '0';
  let fraction = '';
  for (let place = 0; place < maxDecimals; place += 1) fraction += digitAt(pointAt + place);
  let length = fraction.length;
  while (length > minDecimals && fraction[length - 1] === '0') length -= 1;
  fraction = fraction.slice(0, length);
  const sign = zero ? '' : negative ? '-' : signDisplay === 'exceptZero' ? '+' : '';
  return `${sign}${groupThousands(integer)}${fraction ? `.${fraction}` : ''}`;
}
