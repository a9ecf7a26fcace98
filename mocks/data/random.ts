/** Deterministic pseudo-random numbers: the same seed gives the same dataset on every machine. */

/** FNV-1a: turns a string seed into 32 bits. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for synthetic figures. */
export function createRandom(seed: number | string) {
  let state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low: number, high: number) => low + (high - low) * next(),
    integer: (low: number, high: number) => Math.floor(low + (high - low + 1) * next()),
    noise: (spread: number) => (next() * 2 - 1) * spread,
  };
}
export type Random = ReturnType<typeof createRandom>;

export const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  // + 0 turns -0 into 0, which JSON would do anyway: the sample then survives a round trip unchanged.
  return Math.round(value * factor) / factor + 0;
};
