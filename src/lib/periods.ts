/** Months are "YYYY-MM", quarters "YYYY-Qn"; both sort as strings. */

export const monthIndex = (month: string) => {
  const year = Number(month.slice(0, 4));
  const monthOfYear = Number(month.slice(5, 7));
  return year * 12 + (monthOfYear - 1);
};

export const monthFromIndex = (index: number) => {
  const year = Math.floor(index / 12);
  const monthOfYear = (index % 12) + 1;
  return `${year}-${String(monthOfYear).padStart(2, '0')}`;
};

export const addMonths = (month: string, count: number) =>
  monthFromIndex(monthIndex(month) + count);

/** Every month from first to last, both included. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let index = monthIndex(first); index <= monthIndex(last); index += 1) {
    months.push(monthFromIndex(index));
  }
  return months;
}

export const quarterOf = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The first and the last month of the quarter a month is in: "2024-05" → "2024-04", "2024-06". */
export const firstMonthOfQuarter = (month: string) => addMonths(month, -(monthIndex(month) % 3));
export const lastMonthOfQuarter = (month: string) => addMonths(firstMonthOfQuarter(month), 2);

/** The month a YYYY-MM-DD date falls in. */
export const monthOfDate = (date: string) => date.slice(0, 7);

/**
 * ISO dates, months and ids in order, character by character. Not localeCompare: the first
 * localeCompare builds an ICU collator (a 15–25 ms task), and these strings need none.
 */
export const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The same period one year earlier: "2024-06" → "2023-06", "2024-Q2" → "2023-Q2". */
export const yearEarlier = (period: string) =>
  `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/** The period before: "2024-01" → "2023-12", "2024-Q1" → "2023-Q4". */
export function previousPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = Number(quarter[1]);
    const number = Number(quarter[2]);
    return number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
  }
  return addMonths(period, -1);
}

/** The periods of a month range at a granularity, in order: months, or the quarters they touch. */
export function periodsOf(from: string, to: string, granularity: 'month' | 'quarter'): string[] {
  const months = monthRange(from, to);
  return granularity === 'month' ? months : [...new Set(months.map(quarterOf))];
}

/** The months a period spans: a month itself, or a quarter's three. */
export function monthsOfPeriod(period: string): { from: string; to: string } {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return { from: period, to: period };
  const last = `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`;
  return { from: addMonths(last, -2), to: last };
}

/** The first month of a period: a month itself, or a quarter's first month ("2024-Q2" → "2024-04"). */
export function firstMonthOfPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return period;
  return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}`;
}
