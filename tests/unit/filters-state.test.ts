import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_MONTHS, resolveRange } from '@/features/filters/filter-state';

const bounds = { firstMonth: '2022-01', lastMonth: '2024-06' };

describe('resolveRange', () => {
  it('defaults to the twelve months up to the data’s last month', () => {
    expect(DEFAULT_WINDOW_MONTHS).toBe(12);
    expect(resolveRange({ from: null, to: null }, bounds)).toEqual({
      from: '2023-07',
      to: '2024-06',
    });
  });

  it('keeps a chosen range inside the data', () => {
    expect(resolveRange({ from: '2023-10', to: '2024-03' }, bounds)).toEqual({
      from: '2023-10',
      to: '2024-03',
    });
    expect(resolveRange({ from: '2024-02', to: '2024-02' }, bounds)).toEqual({
      from: '2024-02',
      to: '2024-02',
    });
  });

  it('fills a missing start with the twelve months before the chosen end, across a year end', () => {
    expect(resolveRange({ from: null, to: '2024-03' }, bounds)).toEqual({
      from: '2023-04',
      to: '2024-03',
    });
  });

  it('does not reach before the data for the default start', () => {
    expect(resolveRange({ from: null, to: '2022-05' }, bounds)).toEqual({
      from: '2022-01',
      to: '2022-05',
    });
  });

  it('runs a chosen start to the data’s last month when the end is open', () => {
    expect(resolveRange({ from: '2022-03', to: null }, bounds)).toEqual({
      from: '2022-03',
      to: '2024-06',
    });
  });

  it('clamps months outside the data to its edges', () => {
    expect(resolveRange({ from: '1999-01', to: '2030-12' }, bounds)).toEqual({
      from: '2022-01',
      to: '2024-06',
    });
  });

  it('replaces an inverted range’s start with the default window before its end', () => {
    expect(resolveRange({ from: '2024-05', to: '2024-02' }, bounds)).toEqual({
      from: '2023-03',
      to: '2024-02',
    });
  });
});
