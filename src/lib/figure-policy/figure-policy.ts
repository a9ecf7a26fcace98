/*
 * The figure policy: what a number on the page means. Every tile, card, table, export and briefing
 * sentence takes its value, comparison, judgement and wording from here, so that a figure reads the
 * same everywhere and follows the report's rules (../../../../shared/DOMAIN.md, "How each figure is
 * read"). Pure: no React, no fetching.
 *
 * API
 *   figureOf(input: FigureInput): Figure
 *     The indicator's figure for the selected units at the last period of `input.periods` that has a
 *     report: value, period, how units were combined (method), scope, coverage (n/N reporting, the
 *     missing units, late units with the month of their last report, units with an incomplete
 *     quarter), a like-for-like comparison (同比/环比 on the units that reported in both periods;
 *     none for 同比 across a cumulative figure's `since`), the judgement (达标/未达标 against a
 *     target with kind and due; 向好/向差 against an explicit reference; else none) and its tone.
 *   unitFiguresOf(input): UnitFigures
 *     Each in-scope selected unit's latest figure in the range (none: not reported), with its own period (a late report
 *     is flagged with its month), its judgement, note and revision; ranked best first.
 *   combinedSeriesOf(input): CombinedPoint[]
 *     The combined value per period, recomputed from the units (Σnum ÷ Σden for a ratio), with
 *     the units that reported.
 *   Wording of all of these: ./wording.ts (figureWording, unitFigureWording, scopeWording …).
 *
 * FigureInput.points holds the per-unit points of the indicator and, for a `ratio` rollup, of its
 * numerator and denominator (GET /observations without aggregate), reaching a year before the range
 * for 同比. Combined points (`unitId: "all"`) may be passed too: they are used only when no per-unit
 * point of the indicator is there, and then comparisons cannot be checked for like-for-like.
 */
import {
  firstMonthOfPeriod,
  periodsOf,
  previousPeriod,
  quarterOf,
  yearEarlier,
} from '@/lib/periods';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator, Target } from '@/schemas/indicator';
import type { Unit } from '@/schemas/unit';
import { endMonthOf, meets, nextTarget, targetInForce } from './targets';

/** 同比, 环比, the target, or any earlier period the reader picks (对比某期, with `comparePeriod`). */
export type ComparisonMode = 'yoy' | 'mom' | 'target' | 'period';
type ChangeMode = 'yoy' | 'mom' | 'period';
export type PolicyUnit = Pick<Unit, 'id' | 'name' | 'nameEn'>;
export type Tone = 'better' | 'worse' | 'neutral';

export type FigureInput = {
  indicator: Indicator;
  points: readonly SeriesPoint[];
  /** The units the reader chose (all league/city units when none were chosen). */
  units: readonly PolicyUnit[];
  /** How many units the dataset has at this level: the N of "全区N个盟市". */
  totalUnits: number;
  /** When the units are the counties of one 盟市: that 盟市 ("呼和浩特市9个旗县市区"). */
  parent?: PolicyUnit | null;
  /** The periods of the range shown, in order. */
  periods: readonly string[];
  comparison: ComparisonMode;
  /** With comparison 'period': the period compared with (a month, or a quarter when by quarter). */
  comparePeriod?: string | null;
};

/** How the figure was made from the units. */
export type Method = 'single' | 'sum' | 'ratio' | 'mean' | 'none';

export type Coverage = {
  /** In-scope selected units that carry the indicator. */
  expected: string[];
  /** Those with a value at the figure's period. */
  reported: string[];
  missing: string[];
  /** Missing units whose last report in the range is older, with its period. */
  late: Array<{ unitId: string; period: string }>;
  /** Reported units whose quarter lacks a month. */
  incomplete: string[];
  complete: boolean;
};

export type Comparison =
  | {
      mode: ChangeMode;
      available: true;
      basePeriod: string;
      /** The figure on the compared units (equal to the figure's value when every unit is in both periods). */
      current: number;
      base: number;
      /** percent: a count's relative change; points: a rate's change in 个百分点; increment: what a cumulative count added. */
      measure: 'percent' | 'points' | 'increment';
      /** The change in that measure (null for a percent change from 0). */
      change: number | null;
      /** The units on both sides. */
      units: string[];
      /** True when units reporting in only one of the periods were left out of both. */
      restricted: boolean;
    }
  | {
      mode: ChangeMode;
      available: false;
      basePeriod: string | null;
      reason: 'crosses-since' | 'no-base' | 'no-common-units' | 'not-combinable';
    };

export type Judgement =
  | { kind: 'target'; target: Target; verdict: 'met' | 'not-met'; gap: number }
  | {
      kind: 'reference';
      reference: NonNullable<Indicator['reference']>;
      verdict: 'better' | 'worse';
    }
  | { kind: 'none' };

export type Figure = {
  indicator: Indicator;
  /** ok; out-of-scope: the indicator belongs to units outside the selection; no-data: nothing reported in the range. */
  status: 'ok' | 'out-of-scope' | 'no-data';
  value: number | null;
  period: string | null;
  method: Method;
  /** Selected units the indicator belongs to. */
  scopeUnits: PolicyUnit[];
  /** Scope is every unit of the dataset ("全区N个盟市"), or of the parent drilled into. */
  wholeRegion: boolean;
  totalUnits: number;
  /** The 盟市 whose counties are the units, or null at the league/city level. */
  parent: PolicyUnit | null;
  coverage: Coverage;
  /** The chosen comparison; for 'target', null (the judgement says it). */
  comparison: Comparison | null;
  /** Every comparison, whichever was chosen (tiles list the others too); period: null unless one was picked. */
  comparisons: { yoy: Comparison | null; mom: Comparison | null; period: Comparison | null };
  judgement: Judgement;
  /** The target after the one judged against (the year-end goal beside a milestone). */
  upcomingTarget: Target | null;
  tone: Tone;
  /** A single unit's point: its note and revision travel with the figure. */
  point: SeriesPoint | null;
  /** For a flow with a start (`since`): the total since then (the report's "运行以来X万件"). */
  sinceTotal: { value: number; from: string; to: string; gaps: number } | null;
  comparisonMode: ComparisonMode;
};

type Contribution = { value: number; numerator?: number; denominator?: number };
type ByUnit = ReadonlyMap<string, ReadonlyMap<string, SeriesPoint>>;

/**
 * Each answer's points by indicator, unit and period, built in one pass the first time a figure
 * reads them and kept while the answer is: a view reads several figures (and a ratio's counts) from
 * the same points, and again whenever they are computed. Drilled into a 盟市 of the large sample (83
 * counties), a pass per figure and per count took 56 ms over four filter changes at CPU ×1, 40 ms
 * after this (the headline figures join two answers into a new array each time).
 */
const indexed = new WeakMap<readonly SeriesPoint[], Map<string, ByUnit>>();
const NO_POINTS: ByUnit = new Map();

function index(points: readonly SeriesPoint[], indicatorId: string): ByUnit {
  let byIndicator = indexed.get(points);
  if (!byIndicator) {
    const built = new Map<string, Map<string, Map<string, SeriesPoint>>>();
    for (const point of points) {
      let byUnit = built.get(point.indicatorId);
      if (!byUnit) built.set(point.indicatorId, (byUnit = new Map()));
      let byPeriod = byUnit.get(point.unitId);
      if (!byPeriod) byUnit.set(point.unitId, (byPeriod = new Map()));
      byPeriod.set(point.period, point);
    }
    indexed.set(points, (byIndicator = built));
  }
  return byIndicator.get(indicatorId) ?? NO_POINTS;
}

/** The units' series, read once: what each unit contributes to a combined figure at a period. */
class Series {
  readonly own: ByUnit;
  private readonly numerator: ByUnit | null;
  private readonly denominator: ByUnit | null;

  constructor(
    readonly indicator: Indicator,
    points: readonly SeriesPoint[],
  ) {
    this.own = index(points, indicator.id);
    const { rollup } = indicator;
    this.numerator = rollup.method === 'ratio' ? index(points, rollup.numeratorId) : null;
    this.denominator = rollup.method === 'ratio' ? index(points, rollup.denominatorId) : null;
  }

  point(unitId: string, period: string) {
    return this.own.get(unitId)?.get(period) ?? null;
  }

  /** A unit's own value at a period, or null for a gap. */
  value(unitId: string, period: string): number | null {
    return this.point(unitId, period)?.value ?? null;
  }

  /**
   * What a unit adds to a combined figure: for a ratio, its value and both counts (a unit lacking
   * either count, or with a zero denominator, does not count, as in the API's aggregation rule).
   */
  contribution(unitId: string, period: string): Contribution | null {
    const value = this.value(unitId, period);
    if (value === null) return null;
    if (!this.numerator || !this.denominator) return { value };
    const numerator = this.numerator.get(unitId)?.get(period)?.value ?? null;
    const denominator = this.denominator.get(unitId)?.get(period)?.value ?? null;
    if (numerator === null || denominator === null || denominator === 0) return null;
    return { value, numerator, denominator };
  }

  lastReported(unitId: string, periods: readonly string[], before?: string): string | null {
    const byPeriod = this.own.get(unitId);
    if (!byPeriod) return null;
    for (let position = periods.length - 1; position >= 0; position -= 1) {
      const period = periods[position] as string;
      if (before !== undefined && period >= before) continue;
      if ((byPeriod.get(period)?.value ?? null) !== null) return period;
    }
    return null;
  }
}

/** The combined value of some units' contributions; null when none, or when the rollup does not combine several. */
export function combine(
  indicator: Indicator,
  contributions: readonly Contribution[],
): number | null {
  if (contributions.length === 0) return null;
  if (contributions.length === 1) return contributions[0]?.value ?? null;
  const { rollup } = indicator;
  switch (rollup.method) {
    case 'sum':
      return contributions.reduce((sum, item) => sum + item.value, 0);
    case 'mean':
      return contributions.reduce((sum, item) => sum + item.value, 0) / contributions.length;
    case 'ratio': {
      let numerator = 0;
      let denominator = 0;
      for (const item of contributions) {
        numerator += item.numerator ?? 0;
        denominator += item.denominator ?? 0;
      }
      return denominator === 0 ? null : (numerator / denominator) * rollup.scale;
    }
    case 'none':
      return null;
  }
}

/** The selected units the indicator belongs to. */
export function scopeOf(indicator: Indicator, units: readonly PolicyUnit[]): PolicyUnit[] {
  const scope = indicator.scopeUnitIds;
  return scope ? units.filter((unit) => scope.includes(unit.id)) : [...units];
}

const methodOf = (indicator: Indicator, unitCount: number): Method =>
  unitCount === 1 ? 'single' : indicator.rollup.method;

function contributionsAt(series: Series, unitIds: readonly string[], period: string) {
  const result = new Map<string, Contribution>();
  for (const unitId of unitIds) {
    const contribution = series.contribution(unitId, period);
    if (contribution) result.set(unitId, contribution);
  }
  return result;
}

/** How a comparison is measured: increments for counts since a start, points for shares, else per cent. */
function measureOf(indicator: Indicator): 'percent' | 'points' | 'increment' {
  if (indicator.accumulation === 'cumulative' && indicator.kind === 'count') return 'increment';
  if (indicator.unit === '%' || indicator.unit === '个百分点') return 'points';
  return 'percent';
}

/**
 * A figure counted from a start (a cumulative count, or a rate of one) compared with a period at or
 * before that start: the base is the campaign's first weeks (or nothing), so the change says
 * nothing (the "同比上升870%" of a count since launch).
 */
const basePeriodOf = (period: string, mode: ChangeMode, picked: string | null) =>
  mode === 'yoy'
    ? yearEarlier(period)
    : mode === 'mom'
      ? previousPeriod(period)
      : picked !== null && picked < period
        ? picked
        : null;

export const crossesSince = (indicator: Indicator, basePeriod: string) =>
  indicator.since !== undefined && firstMonthOfPeriod(basePeriod) <= indicator.since;

function compare(
  series: Series,
  expected: readonly string[],
  period: string,
  mode: ChangeMode,
  picked: string | null = null,
): Comparison | null {
  const { indicator } = series;
  const basePeriod = basePeriodOf(period, mode, picked);
  if (basePeriod === null) return null;
  // A total counted from the campaign's start has no 同比 (nor a comparison with a period picked) reaching back before it.
  if (mode !== 'mom' && crossesSince(indicator, basePeriod))
    return { mode, available: false, basePeriod, reason: 'crosses-since' };
  if (indicator.rollup.method === 'none' && expected.length > 1)
    return { mode, available: false, basePeriod, reason: 'not-combinable' };
  const now = contributionsAt(series, expected, period);
  const before = contributionsAt(series, expected, basePeriod);
  if (before.size === 0) return { mode, available: false, basePeriod, reason: 'no-base' };
  // Like for like: only the units with a figure in both periods, on both sides.
  const units = [...now.keys()].filter((unitId) => before.has(unitId));
  if (units.length === 0) return { mode, available: false, basePeriod, reason: 'no-common-units' };
  const pick = (map: Map<string, Contribution>) =>
    units.map((unitId) => map.get(unitId) as Contribution);
  const current = combine(indicator, pick(now));
  const base = combine(indicator, pick(before));
  if (current === null || base === null)
    return { mode, available: false, basePeriod, reason: 'no-base' };
  const measure = measureOf(indicator);
  const change =
    measure === 'percent'
      ? base === 0
        ? null
        : ((current - base) / Math.abs(base)) * 100
      : current - base;
  return {
    mode,
    available: true,
    basePeriod,
    current,
    base,
    measure,
    change,
    units,
    restricted: units.length < now.size || units.length < before.size,
  };
}

function judge(indicator: Indicator, value: number | null, target: Target | null): Judgement {
  if (value === null) return { kind: 'none' };
  if (target)
    return {
      kind: 'target',
      target,
      verdict: meets(indicator, value, target.value) ? 'met' : 'not-met',
      gap: value - target.value,
    };
  if (indicator.reference)
    return {
      kind: 'reference',
      reference: indicator.reference,
      verdict: meets(indicator, value, indicator.reference.value) ? 'better' : 'worse',
    };
  return { kind: 'none' };
}

export const toneOfJudgement = (judgement: Judgement): Tone =>
  judgement.kind === 'none'
    ? 'neutral'
    : judgement.verdict === 'met' || judgement.verdict === 'better'
      ? 'better'
      : 'worse';

function emptyCoverage(expected: string[]): Coverage {
  return { expected, reported: [], missing: expected, late: [], incomplete: [], complete: false };
}

/** The figure of one indicator for the selected units, at the last period of the range with a report. */
export function figureOf(input: FigureInput): Figure {
  const { indicator, periods, comparison: comparisonMode } = input;
  const series = new Series(indicator, input.points);
  const scopeUnits = scopeOf(indicator, input.units);
  const wholeRegion =
    indicator.scopeUnitIds === undefined &&
    input.units.length === input.totalUnits &&
    input.totalUnits > 1;
  const base = {
    indicator,
    scopeUnits,
    wholeRegion,
    totalUnits: input.totalUnits,
    parent: input.parent ?? null,
    comparisonMode,
  };
  const none: Omit<Figure, 'status' | 'coverage' | 'method'> = {
    ...base,
    value: null,
    period: null,
    comparison: null,
    comparisons: { yoy: null, mom: null, period: null },
    judgement: { kind: 'none' },
    upcomingTarget: null,
    tone: 'neutral',
    point: null,
    sinceTotal: null,
  };
  if (scopeUnits.length === 0)
    return { ...none, status: 'out-of-scope', method: 'none', coverage: emptyCoverage([]) };

  if (series.own.size === 0 || ![...series.own.keys()].some((id) => id !== 'all'))
    return combinedOnlyFigure(input, series, none);

  // A unit carries the indicator when it is in the indicator's scope, or (without a scope) has points.
  const expected = scopeUnits
    .map((unit) => unit.id)
    .filter((unitId) => indicator.scopeUnitIds !== undefined || series.own.has(unitId));
  const method = methodOf(indicator, expected.length);
  const period =
    [...periods]
      .reverse()
      .find((candidate) => contributionsAt(series, expected, candidate).size > 0) ?? null;
  if (period === null)
    return { ...none, status: 'no-data', method, coverage: emptyCoverage(expected) };

  const contributions = contributionsAt(series, expected, period);
  const reported = expected.filter((unitId) => contributions.has(unitId));
  const missing = expected.filter((unitId) => !contributions.has(unitId));
  const late = missing.flatMap((unitId) => {
    const last = series.lastReported(unitId, periods, period);
    return last ? [{ unitId, period: last }] : [];
  });
  const incomplete = reported.filter((unitId) => series.point(unitId, period)?.incomplete);
  const coverage: Coverage = {
    expected,
    reported,
    missing,
    late,
    incomplete,
    complete: missing.length === 0 && incomplete.length === 0,
  };
  const value = combine(indicator, [...contributions.values()]);
  const comparisons = {
    yoy: compare(series, expected, period, 'yoy'),
    mom: compare(series, expected, period, 'mom'),
    period: compare(series, expected, period, 'period', input.comparePeriod ?? null),
  };
  const judgedUnit = expected.length === 1 ? (expected[0] as string) : 'all';
  const target = targetInForce(indicator, period, judgedUnit);
  const judgement = judge(indicator, value, target);
  return {
    ...base,
    status: 'ok',
    value,
    period,
    method,
    coverage,
    comparison: comparisonMode === 'target' ? null : comparisons[comparisonMode],
    comparisons,
    judgement,
    upcomingTarget: target ? nextTarget(indicator, period, judgedUnit) : null,
    tone: toneOfJudgement(judgement),
    point: expected.length === 1 ? series.point(expected[0] as string, period) : null,
    sinceTotal: sinceTotalOf(series, expected, period),
  };
}

/** Only combined points were given: the figure as the API combined it, coverage from its counts. */
function combinedOnlyFigure(
  input: FigureInput,
  series: Series,
  none: Omit<Figure, 'status' | 'coverage' | 'method'>,
): Figure {
  const { indicator, periods } = input;
  const combined = series.own.get('all');
  const expectedIds = none.scopeUnits.map((unit) => unit.id);
  const method = methodOf(indicator, expectedIds.length);
  const period =
    [...periods]
      .reverse()
      .find((candidate) => (combined?.get(candidate)?.value ?? null) !== null) ?? null;
  const point = period === null ? null : (combined?.get(period) ?? null);
  if (period === null || !point || point.value === null)
    return { ...none, status: 'no-data', method, coverage: emptyCoverage(expectedIds) };
  const expected = point.expected ?? expectedIds.length;
  const reportedCount = point.reported ?? expected;
  // Which units are missing is not known from combined points: the counts are kept, the names not.
  const coverage: Coverage = {
    expected: expectedIds.slice(0, expected),
    reported: expectedIds.slice(0, reportedCount),
    missing: expectedIds.slice(reportedCount, expected),
    late: [],
    incomplete: [],
    complete: reportedCount >= expected,
  };
  const compareCombined = (mode: ChangeMode): Comparison | null => {
    const basePeriod = basePeriodOf(period, mode, input.comparePeriod ?? null);
    if (basePeriod === null) return null;
    if (mode !== 'mom' && crossesSince(indicator, basePeriod))
      return { mode, available: false, basePeriod, reason: 'crosses-since' };
    const basePoint = combined?.get(basePeriod);
    if (!basePoint || basePoint.value === null || point.value === null)
      return { mode, available: false, basePeriod, reason: 'no-base' };
    // Unless both periods are complete, the units on the two sides may differ: not comparable.
    const whole = (candidate: SeriesPoint) =>
      candidate.reported === undefined || candidate.reported === candidate.expected;
    if (!whole(point) || !whole(basePoint))
      return { mode, available: false, basePeriod, reason: 'no-common-units' };
    const measure = measureOf(indicator);
    const change =
      measure === 'percent'
        ? basePoint.value === 0
          ? null
          : ((point.value - basePoint.value) / Math.abs(basePoint.value)) * 100
        : point.value - basePoint.value;
    return {
      mode,
      available: true,
      basePeriod,
      current: point.value,
      base: basePoint.value,
      measure,
      change,
      units: coverage.reported,
      restricted: false,
    };
  };
  const comparisons = {
    yoy: compareCombined('yoy'),
    mom: compareCombined('mom'),
    period: compareCombined('period'),
  };
  const target = targetInForce(indicator, period, 'all');
  const judgement = judge(indicator, point.value, target);
  return {
    ...none,
    status: 'ok',
    value: point.value,
    period,
    method,
    coverage,
    comparison: input.comparison === 'target' ? null : comparisons[input.comparison],
    comparisons,
    judgement,
    upcomingTarget: target ? nextTarget(indicator, period, 'all') : null,
    tone: toneOfJudgement(judgement),
  };
}

function sinceTotalOf(
  series: Series,
  expected: readonly string[],
  period: string,
): Figure['sinceTotal'] {
  const { indicator } = series;
  if (indicator.accumulation !== 'per-period' || indicator.kind !== 'count' || !indicator.since)
    return null;
  const since = indicator.since;
  const byQuarter = period.includes('Q');
  const start = byQuarter ? quarterOf(since) : since;
  if (start > period) return null;
  const all = periodsOf(since, endMonthOf(period), byQuarter ? 'quarter' : 'month');
  // Only when the points reach back to the start: a total of part of the time is not "since launch".
  if (!expected.some((unitId) => series.point(unitId, start) !== null)) return null;
  let value = 0;
  let gaps = 0;
  for (const each of all)
    for (const unitId of expected) {
      const unitValue = series.value(unitId, each);
      if (unitValue === null) gaps += series.own.has(unitId) ? 1 : 0;
      else value += unitValue;
    }
  return { value, from: since, to: period, gaps };
}

export type UnitFigure = {
  unit: PolicyUnit;
  value: number | null;
  period: string | null;
  /** The unit's last report is older than the latest period any unit reported. */
  late: boolean;
  point: SeriesPoint | null;
  /** For a late unit: its point at the current period (a gap, often with a note such as 未按时报送). */
  currentPoint: SeriesPoint | null;
  judgement: Judgement;
  tone: Tone;
};

export type UnitFigures = {
  /** The latest period any in-scope unit reported: what "current" means in the ranking. */
  current: string | null;
  rows: UnitFigure[];
};

/** Each in-scope selected unit's latest figure in the range, best first; units without a figure last. */
export function unitFiguresOf(input: Omit<FigureInput, 'comparison' | 'totalUnits'>): UnitFigures {
  const { indicator, periods } = input;
  const series = new Series(indicator, input.points);
  // Every selected unit in scope is ranked: one with no figure in the range is listed as not reported.
  const units = scopeOf(indicator, input.units);
  const latest = units.map((unit) => ({
    unit,
    period: series.lastReported(unit.id, periods),
  }));
  const current = latest.reduce<string | null>(
    (max, item) =>
      item.period !== null && (max === null || item.period > max) ? item.period : max,
    null,
  );
  const sign = indicator.direction === 'higher-better' ? -1 : 1;
  const rows = latest.map(({ unit, period }): UnitFigure => {
    const point = period === null ? null : series.point(unit.id, period);
    const value = point?.value ?? null;
    const judgement =
      period === null
        ? ({ kind: 'none' } as const)
        : judge(indicator, value, targetInForce(indicator, period, unit.id));
    return {
      unit,
      value,
      period,
      late: period !== null && current !== null && period < current,
      point,
      currentPoint: current !== null && period !== current ? series.point(unit.id, current) : null,
      judgement,
      tone: toneOfJudgement(judgement),
    };
  });
  rows.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
  return { current, rows };
}

export type CombinedPoint = {
  period: string;
  value: number | null;
  reported: string[];
  expected: string[];
  revised: boolean;
};

/** The combined value per period, recomputed from the units' points. */
export function combinedSeriesOf(
  input: Omit<FigureInput, 'comparison' | 'totalUnits'>,
): CombinedPoint[] {
  const { indicator } = input;
  const series = new Series(indicator, input.points);
  const expected = scopeOf(indicator, input.units)
    .map((unit) => unit.id)
    .filter((unitId) => indicator.scopeUnitIds !== undefined || series.own.has(unitId));
  return input.periods.map((period) => {
    const contributions = contributionsAt(series, expected, period);
    return {
      period,
      value:
        indicator.rollup.method === 'none' && expected.length > 1
          ? null
          : combine(indicator, [...contributions.values()]),
      reported: [...contributions.keys()],
      expected,
      revised: expected.some((unitId) => series.point(unitId, period)?.revised === true),
    };
  });
}

export type Standings = {
  /** The target most units are judged against (the interim milestone in force), or null. */
  target: Target | null;
  met: UnitFigure[];
  behind: UnitFigure[];
  /** Units ranked with a figure older than the others'. */
  late: UnitFigure[];
};

/** Who meets the target in force and who is behind it, for "3个盟市未达阶段目标…" sentences. */
export function standingsOf(figures: UnitFigures): Standings {
  const judged = figures.rows.filter((row) => row.judgement.kind === 'target');
  const counts = new Map<Target, number>();
  for (const row of judged)
    if (row.judgement.kind === 'target')
      counts.set(row.judgement.target, (counts.get(row.judgement.target) ?? 0) + 1);
  const target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const verdict = (row: UnitFigure) =>
    row.judgement.kind === 'target' ? row.judgement.verdict : null;
  return {
    target,
    met: judged.filter((row) => verdict(row) === 'met'),
    behind: judged.filter((row) => verdict(row) === 'not-met'),
    late: figures.rows.filter((row) => row.late),
  };
}
