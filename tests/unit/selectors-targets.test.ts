import { describe, expect, it } from 'vitest';
import { finalTarget, targetInForce, toneOf } from '@/features/charts/selectors/targets';
import type { Indicator, Target } from '@/schemas/indicator';

const indicator = (overrides: Partial<Indicator> = {}): Indicator => ({
  id: 'backlog-resolution-rate',
  initiativeId: 'case-resolution',
  name: '积案化解率',
  nameEn: 'Backlog resolution rate',
  unit: '%',
  definition: '口径',
  definitionEn: 'Definition',
  direction: 'higher-better',
  kind: 'rate',
  accumulation: 'level',
  rollup: { method: 'mean' },
  targets: [],
  ...overrides,
});

const milestones: Target[] = [
  // Deliberately out of order: the rules must not depend on the order of the list.
  { value: 85, due: '2024-12', unitId: null },
  { value: 30, due: '2023-12', unitId: null },
  { value: 55, due: '2024-06', unitId: null },
];
const rate = indicator({ targets: milestones });

describe('targetInForce', () => {
  it('is the first milestone before any falls due: the bar being worked towards', () => {
    expect(targetInForce(rate, '2023-06', 'all')).toBe(30);
    expect(targetInForce(rate, '2023-11', 'all')).toBe(30);
  });

  it('is the latest milestone already due, from its due month on', () => {
    expect(targetInForce(rate, '2023-12', 'all')).toBe(30);
    expect(targetInForce(rate, '2024-05', 'all')).toBe(30);
    expect(targetInForce(rate, '2024-06', 'all')).toBe(55);
    expect(targetInForce(rate, '2024-11', 'all')).toBe(55);
    expect(targetInForce(rate, '2024-12', 'all')).toBe(85);
    expect(targetInForce(rate, '2026-01', 'all')).toBe(85);
  });

  it('judges a quarter at its last month', () => {
    expect(targetInForce(rate, '2024-Q1', 'all')).toBe(30);
    // June is the quarter's last month, so Q2 is held to the June milestone.
    expect(targetInForce(rate, '2024-Q2', 'all')).toBe(55);
    expect(targetInForce(rate, '2023-Q4', 'all')).toBe(30);
    expect(targetInForce(rate, '2024-Q4', 'all')).toBe(85);
  });

  it('is null without targets', () => {
    expect(targetInForce(indicator(), '2024-06', 'all')).toBeNull();
    expect(targetInForce(indicator(), '2024-06', 'ordos')).toBeNull();
  });

  it('applies a unit’s own target to that unit only, and region-wide targets to every unit', () => {
    const withUnitTarget = indicator({
      targets: [
        { value: 100, due: '2023-12', unitId: 'hohhot' },
        { value: 90, due: '2023-12', unitId: null },
      ],
    });
    expect(targetInForce(withUnitTarget, '2024-01', 'ordos')).toBe(90);
    // The selected units combined are judged by the targets that apply to every unit.
    expect(targetInForce(withUnitTarget, '2024-01', 'all')).toBe(90);
    const onlyHohhot = indicator({ targets: [{ value: 100, due: '2023-12', unitId: 'hohhot' }] });
    expect(targetInForce(onlyHohhot, '2024-01', 'hohhot')).toBe(100);
    expect(targetInForce(onlyHohhot, '2024-01', 'ordos')).toBeNull();
    expect(targetInForce(onlyHohhot, '2024-01', 'all')).toBeNull();
  });
});

describe('finalTarget', () => {
  it('is the last milestone, whatever the order of the list', () => {
    expect(finalTarget(rate)).toEqual({ value: 85, due: '2024-12', unitId: null });
  });

  it('is null without targets, and ignores other units’ targets', () => {
    expect(finalTarget(indicator())).toBeNull();
    const onlyHohhot = indicator({ targets: [{ value: 100, due: '2023-12', unitId: 'hohhot' }] });
    expect(finalTarget(onlyHohhot)).toBeNull();
    expect(finalTarget(onlyHohhot, 'hohhot')?.value).toBe(100);
  });
});

describe('toneOf', () => {
  const lowerBetter = indicator({ direction: 'lower-better', kind: 'count', unit: '件' });
  const change = (direction: Indicator['direction']) =>
    indicator({ direction, kind: 'change', unit: '%' });

  it('is better at or above the target when higher is better, worse below', () => {
    expect(toneOf(rate, 55, 55)).toBe('better');
    expect(toneOf(rate, 61.4, 55)).toBe('better');
    expect(toneOf(rate, 54.9, 55)).toBe('worse');
  });

  it('is better at or below the target when lower is better', () => {
    expect(toneOf(lowerBetter, 10, 10)).toBe('better');
    expect(toneOf(lowerBetter, 9, 10)).toBe('better');
    expect(toneOf(lowerBetter, 11, 10)).toBe('worse');
  });

  it('judges a change against zero in its own direction when there is no target', () => {
    // New court cases year on year: a fall is good news.
    expect(toneOf(change('lower-better'), -11.2, null)).toBe('better');
    expect(toneOf(change('lower-better'), 3.5, null)).toBe('worse');
    // The fully-online increase: a rise is good news.
    expect(toneOf(change('higher-better'), 3.5, null)).toBe('better');
    expect(toneOf(change('higher-better'), -0.1, null)).toBe('worse');
    expect(toneOf(change('higher-better'), 0, null)).toBe('better');
  });

  it('is neutral for a gap, or for a level with nothing to compare with', () => {
    expect(toneOf(rate, null, 55)).toBe('neutral');
    expect(toneOf(change('lower-better'), null, null)).toBe('neutral');
    expect(toneOf(indicator({ kind: 'count', unit: '件' }), 815, null)).toBe('neutral');
  });

  it('prefers a target to zero for a change that has one', () => {
    const withTarget = indicator({ kind: 'change', direction: 'lower-better' });
    expect(toneOf(withTarget, -5, -10)).toBe('worse');
    expect(toneOf(withTarget, -12, -10)).toBe('better');
  });
});
