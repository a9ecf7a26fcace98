/*
 * Axis ticks a reader can count on: round steps (1, 2, 2.5 or 5 × 10^n), an axis that covers every
 * value, and zero among the ticks whenever the values reach both sides of it (or the axis starts
 * at zero, as a bar's length must).
 */

export type NiceScale = {
  /** The axis domain: the first and the last tick. */
  min: number;
  max: number;
  step: number;
  ticks: number[];
};

const MANTISSAS = [1, 2, 2.5, 5, 10] as const;

/** Rounds away binary noise: 0.1 + 0.2 stays 0.3 on an axis. */
const clean = (value: number) => {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/**
 * The roundest ticks, at most `maxTicks` of them (three at least across zero), that cover
 * [low, high]. With `includeZero` the
 * axis reaches zero (bars are measured from it). Non-finite input gives the unit axis [0, 1].
 */
export function niceTicks(
  low: number,
  high: number,
  options: { maxTicks?: number; includeZero?: boolean } = {},
): NiceScale {
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  // Values within a billionth of zero are drawn from a billionth, not from a denormal step.
  if (lo < 0 && lo > -1e-9) lo = -1e-9;
  if (hi > 0 && hi < 1e-9) hi = 1e-9;
  if (options.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  // One value (or values closer than a double can count ticks between): an axis from zero to it,
  // or from half of it when zero is not asked for.
  if (hi - lo <= 1e-9 * Math.max(Math.abs(lo), Math.abs(hi))) {
    const spread = Math.abs(hi) || 1;
    if (hi > 0) lo = options.includeZero ? 0 : Math.min(lo, hi - spread / 2);
    else if (lo < 0) hi = options.includeZero ? 0 : Math.max(hi, lo + spread / 2);
    else hi = 1;
  }
  // An axis across zero needs a tick on each side of it and one at it.
  const maxTicks = Math.max(options.maxTicks ?? 6, lo < 0 && hi > 0 ? 3 : 2);
  const rough = (hi - lo) / (maxTicks - 1);
  let exponent = Math.floor(Math.log10(rough));
  for (;;) {
    for (const mantissa of MANTISSAS) {
      const step = clean(mantissa * 10 ** exponent);
      let first = Math.floor(clean(lo / step));
      let last = Math.ceil(clean(hi / step));
      // Rounding away binary noise must never leave a value outside the axis.
      if (clean(first * step) > lo) first -= 1;
      if (clean(last * step) < hi) last += 1;
      const count = last - first + 1;
      if (count <= maxTicks) {
        const ticks = Array.from({ length: count }, (_, index) => clean((first + index) * step));
        return { min: ticks[0] ?? lo, max: ticks.at(-1) ?? hi, step, ticks };
      }
    }
    exponent += 1;
  }
}
