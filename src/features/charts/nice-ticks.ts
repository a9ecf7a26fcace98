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
 * The roundest ticks, at most `maxTicks` of them, that cover [low, high]. With `includeZero` the
 * axis reaches zero (bars are measured from it). Non-finite input gives the unit axis [0, 1].
 */
export function niceTicks(
  low: number,
  high: number,
  options: { maxTicks?: number; includeZero?: boolean } = {},
): NiceScale {
  const maxTicks = Math.max(options.maxTicks ?? 6, 2);
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (options.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    // One value: an axis from zero to it, or around it when zero is far away.
    const spread = Math.abs(lo) || 1;
    if (lo > 0) lo = options.includeZero ? 0 : lo - spread / 2;
    else if (lo < 0) hi = options.includeZero ? 0 : hi + spread / 2;
    else hi = 1;
    if (lo === hi) hi = lo + spread;
  }
  const rough = (hi - lo) / (maxTicks - 1);
  let exponent = Math.floor(Math.log10(rough));
  for (;;) {
    for (const mantissa of MANTISSAS) {
      const step = clean(mantissa * 10 ** exponent);
      const first = Math.floor(clean(lo / step));
      const last = Math.ceil(clean(hi / step));
      if (last - first + 1 <= maxTicks) {
        const ticks: number[] = [];
        for (let index = first; index <= last; index += 1) ticks.push(clean(index * step));
        return { min: clean(first * step), max: clean(last * step), step, ticks };
      }
    }
    exponent += 1;
  }
}
