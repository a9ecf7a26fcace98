/*
 * A ranking of many units stays readable: every unit up to a height a reader can take in, then
 * the first and the last of the ranking with a gap between them (the table keeps them all).
 */

/** Up to this many units are all drawn. */
export const MAX_DRAWN_UNITS = 24;
/** Beyond it, this many from each end of the ranking. */
export const UNITS_EACH_END = 10;

export type Gap = { gap: true; hidden: number };

/** The rows to draw: all of them, or the top and bottom N with a gap marker between. */
export function topAndBottom<Row>(rows: Row[], showAll: boolean): Array<Row | Gap> {
  if (showAll || rows.length <= MAX_DRAWN_UNITS) return rows;
  return [
    ...rows.slice(0, UNITS_EACH_END),
    { gap: true, hidden: rows.length - 2 * UNITS_EACH_END },
    ...rows.slice(-UNITS_EACH_END),
  ];
}

export const isGap = (row: object): row is Gap => 'gap' in row;
