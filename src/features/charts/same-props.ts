import { memo, type ComponentType } from 'react';

/*
 * Whether a chart would draw the same picture from two sets of props. A card renders again for
 * reasons that leave its chart as it was (a refetch starting or ending, a filter that changes
 * another card, figures kept on screen while new ones load), and builds its chart's rows afresh each
 * time: equal contents in new arrays. A Recharts chart costs 30–150 ms to render, so the charts are
 * memoised on their props' contents rather than on their identities.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * Same contents: primitives by value (NaN equals NaN), arrays, maps and plain objects member by
 * member, anything else (functions, dates, class instances) by identity. A callback must therefore be
 * stable for the chart to be skipped; a new one draws the chart again, which is never wrong.
 */
export function sameContents(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) {
      if (!sameContents(a[index], b[index])) return false;
    }
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) {
      if (!b.has(key) || !sameContents(value, b.get(key))) return false;
    }
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key) || !sameContents(a[key], b[key])) return false;
    }
    return true;
  }
  return false;
}

/** `Chart`, rendered again only when its props' contents change. */
export const redrawnOnChange = <Props extends object>(Chart: ComponentType<Props>) =>
  memo(Chart, sameContents);
