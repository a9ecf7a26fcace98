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

/** The shortest decimal of a finite, non-negative number, as its whole and fractional digits. */
function decimalParts(value: number): [whole: string, fraction: string] {
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) {
    const dotAt = text.indexOf('.');
    return dotAt === -1 ? [text, ''] : [text.slice(0, dotAt), text.slice(dotAt + 1)];
  }
  // 1e21 and beyond, 1e-7 and below: "1.5e-7", "1.2345e+21".
  const mantissa = text.slice(0, exponentAt);
  const dotAt = mantissa.indexOf('.');
  const digits = dotAt === -1 ? mantissa : mantissa.slice(0, dotAt) + mantissa.slice(dotAt + 1);
  const pointAt = (dotAt === -1 ? mantissa.length : dotAt) + Number(text.slice(exponentAt + 1));
  if (pointAt <= 0) return ['0', '0'.repeat(-pointAt) + digits];
  if (pointAt >= digits.length) return [digits + '0'.repeat(pointAt - digits.length), ''];
  return [digits.slice(0, pointAt), digits.slice(pointAt)];
}

/** Decimal digits plus one in their last place: "129" → "130", "99" → "100". */
function incremented(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === '9') index -= 1;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  const raised = String.fromCharCode(digits.charCodeAt(index) + 1);
  return digits.slice(0, index) + raised + '0'.repeat(digits.length - index - 1);
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
  let [whole, fraction] = decimalParts(Math.abs(value));
  if (fraction.length > maxDecimals) {
    // Half up on the magnitude: half away from zero.
    const roundUp = fraction.charCodeAt(maxDecimals) >= 53; // '5'
    fraction = fraction.slice(0, maxDecimals);
    if (roundUp) {
      const raised = incremented(whole + fraction);
      whole = raised.slice(0, raised.length - maxDecimals);
      fraction = raised.slice(raised.length - maxDecimals);
    }
  }
  const zero = /^0*$/.test(whole) && /^0*$/.test(fraction);
  let length = fraction.length;
  while (length > minDecimals && fraction[length - 1] === '0') length -= 1;
  fraction = fraction.slice(0, length).padEnd(minDecimals, '0');
  const sign = zero ? '' : negative ? '-' : signDisplay === 'exceptZero' ? '+' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}
