import {
  combinedSeriesOf,
  figureOf,
  scopeOf,
  type ComparisonMode as PolicyComparison,
  type Figure,
  type PolicyUnit,
} from '@/lib/figure-policy/figure-policy';
import {
  comparisonWording,
  coverageWording,
  judgementWording,
  scopeWording,
  targetWording,
  unbracketed,
} from '@/lib/figure-policy/wording';
import { describeChange, formatCompactValue, formatPeriod, formatValue } from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import { levelWords, translate } from '@/lib/i18n/translate';
import { placeholderPattern, type NarrativeSentence } from '@/schemas/narrative';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';

/*
 * The report's own sentences (GET /narrative) with every placeholder bound to the current view
 * through the figure policy: the units chosen ("鄂尔多斯市…" for one, never "全区" unless it is the
 * whole region), the comparison chosen (同比, 环比, the target, or any earlier period), and the
 * coverage when a unit has not reported. A sentence whose figure cannot be stated for the view
 * (out of the units' scope, nothing reported) is left out, never filled with a guess.
 *
 * A sentence comes back as segments, so that the page can make its numbers stand out and link them
 * to their chart, while copying and exports take the plain text.
 */

export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'figure'; text: string; indicatorId: string | null };

export type LiveParagraph = { segments: TextSegment[] };

/** The plain text of a paragraph, for the clipboard, Word and PDF. */
export const plainText = (paragraph: LiveParagraph) =>
  paragraph.segments.map((segment) => segment.text).join('');

export type LiveTextInput = {
  sentences: readonly NarrativeSentence[];
  indicator: (id: string) => Indicator | undefined;
  /** Per-unit points of every bound indicator (and a ratio's counts), a year before the range on. */
  points: readonly SeriesPoint[];
  /** The selected units (all league/city units when none were chosen), and every unit of the level. */
  units: readonly PolicyUnit[];
  allUnits: readonly PolicyUnit[];
  /** The 盟市 whose counties are the units (drilled down), else null. */
  parent?: PolicyUnit | null;
  periods: readonly string[];
  comparison: PolicyComparison | 'period';
  /** With comparison "period": the period compared with, at the view's granularity. */
  comparePeriod: string | null;
  language: Language;
};

/** The indicators a set of sentences needs, a ratio's counts included: what to ask the API for. */
export function boundIndicatorIds(
  sentences: readonly NarrativeSentence[],
  indicator: (id: string) => Indicator | undefined,
): string[] {
  const ids = new Set<string>();
  for (const sentence of sentences)
    for (const binding of sentence.bindings) {
      ids.add(binding.indicatorId);
      const rollup = indicator(binding.indicatorId)?.rollup;
      if (rollup?.method === 'ratio') {
        ids.add(rollup.numeratorId);
        ids.add(rollup.denominatorId);
      }
    }
  return [...ids];
}

/** "较2023年12月提高1.2个百分点": like for like, on the units that reported in both periods. */
export function periodComparisonWording(
  figure: Figure,
  input: Pick<LiveTextInput, 'points' | 'comparePeriod' | 'language'>,
  units: readonly PolicyUnit[],
): string | null {
  const { comparePeriod, language } = input;
  if (comparePeriod === null || figure.period === null || figure.value === null) return null;
  const { indicator } = figure;
  const periods = [comparePeriod, figure.period];
  const both = combinedSeriesOf({ indicator, points: input.points, units, periods });
  const [before, now] = both;
  if (!before || !now) return null;
  const common = now.reported.filter((unitId) => before.reported.includes(unitId));
  if (common.length === 0) return null;
  const commonUnits = units.filter((unit) => common.includes(unit.id));
  const [base, current] = combinedSeriesOf({
    indicator,
    points: input.points,
    units: commonUnits,
    periods,
  }).map((point) => point.value);
  const text = describeChange(
    current ?? null,
    base ?? null,
    indicator.unit,
    { period: formatPeriod(comparePeriod, language) },
    language,
  );
  if (text === null) return null;
  const restricted = common.length < now.reported.length || common.length < before.reported.length;
  return restricted
    ? text +
        translate(language, 'policy.compare.sameUnits', {
          ...levelWords(language, figure.parent ? 'county' : 'league-city'),
          count: common.length,
        })
    : text;
}

type Bound = { figure: Figure; text: string; remark: string | null };

/** A change figure as the report writes it after "同比": "下降11.2%", "提高1.1个百分点", "持平". */
function changeInWords(value: number, unit: Indicator['unit']): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '持平';
  const direction =
    unit === '个百分点' ? (rounded > 0 ? '提高' : '下降') : rounded > 0 ? '上升' : '下降';
  return direction + formatValue(Math.abs(rounded), unit, 'zh-CN');
}

function bindFigure(
  input: LiveTextInput,
  indicator: Indicator,
  units: readonly PolicyUnit[],
  measure: NarrativeSentence['bindings'][number]['measure'],
): Bound | null {
  const policyComparison = input.comparison === 'period' ? 'yoy' : input.comparison;
  const figure = figureOf({
    indicator,
    points: input.points,
    units,
    totalUnits: input.allUnits.length,
    parent: input.parent ?? null,
    periods: input.periods,
    comparison: policyComparison,
  });
  if (figure.status !== 'ok' || figure.value === null) return null;
  const { language } = input;
  const value =
    indicator.kind === 'change' && language === 'zh-CN'
      ? changeInWords(figure.value, indicator.unit)
      : formatCompactValue(figure.value, indicator.unit, language, {
          signed: indicator.kind === 'change' && language === 'en',
        });
  // Only a comparison that can be made is said beside the figure; the card says why one cannot.
  const chosen =
    input.comparison === 'period'
      ? periodComparisonWording(figure, input, units)
      : input.comparison === 'target'
        ? judgementWording(indicator, figure.judgement, language)
        : figure.comparison?.available
          ? comparisonWording(figure, figure.comparison, language)
          : null;
  switch (measure) {
    case 'latest':
      // A change figure (新收案件同比) is itself a comparison: it is stated as it is.
      return { figure, text: value, remark: indicator.kind === 'change' ? null : chosen };
    case 'change-yoy':
    case 'change-mom': {
      const comparison = figure.comparisons[measure === 'change-yoy' ? 'yoy' : 'mom'];
      const text = comparisonWording(figure, comparison, language);
      return text === null ? null : { figure, text, remark: null };
    }
    case 'target': {
      const target = figure.judgement.kind === 'target' ? figure.judgement.target : null;
      return target
        ? { figure, text: targetWording(target, indicator.unit, language), remark: null }
        : null;
    }
  }
}

/** The units a sentence speaks of: its bound unit if it is in the view, else the view's units. */
function unitsOf(input: LiveTextInput, unitId: string | null): PolicyUnit[] | null {
  if (unitId === null) return [...input.units];
  const unit = input.units.find((candidate) => candidate.id === unitId);
  return unit ? [unit] : null;
}

const REGION_WORD = /^全区/;
/** Where a clause ends: a remark is placed before it. */
const CLAUSE_END = /[，。；、：,;:.!?！？]/u;

/** One sentence of the report for the view, or null when it cannot be stated for it. */
export function liveSentence(
  sentence: NarrativeSentence,
  input: LiveTextInput,
): LiveParagraph | null {
  const { language } = input;
  const bound = new Map<string, Bound & { indicatorId: string }>();
  for (const binding of sentence.bindings) {
    const indicator = input.indicator(binding.indicatorId);
    const units = unitsOf(input, binding.unitId);
    if (!indicator || !units || scopeOf(indicator, units).length === 0) return null;
    const figure = bindFigure(input, indicator, units, binding.measure);
    if (!figure) return null;
    bound.set(binding.key, { ...figure, indicatorId: indicator.id });
  }
  const template = language === 'en' ? sentence.textEn : sentence.text;
  const segments: TextSegment[] = [];
  // The region-wide wording becomes the view's own scope ("鄂尔多斯市", "所选3个盟市合计").
  const regional = sentence.bindings.some((binding) => binding.unitId === null);
  const first = [...bound.values()][0];
  let text = template;
  // Drilled down, even all the counties are one 盟市, never "全区".
  if (regional && first && (!first.figure.wholeRegion || first.figure.parent)) {
    const scope = scopeWording(first.figure, language);
    text =
      language === 'en'
        ? `${translate(language, 'live.scopeLead', { scope })}${text}`
        : REGION_WORD.test(text)
          ? text.replace(REGION_WORD, scope)
          : `${translate(language, 'live.scopeLead', { scope })}${text}`;
  }
  // A figure's remark goes after the words it qualifies, before the clause ends: "等24个调研课题
  // （较上年同期新增18个）。", not "等24个（…）调研课题". A unit the template repeats after the
  // figure ("{topics}个") is the figure's own and is not said twice.
  let pending: string | null = null;
  const pushText = (chunk: string) => {
    let rest = chunk;
    if (pending !== null) {
      const stop = rest.search(CLAUSE_END);
      const at = stop < 0 ? rest.length : stop;
      if (at > 0) segments.push({ kind: 'text', text: rest.slice(0, at) });
      segments.push({ kind: 'text', text: pending });
      pending = null;
      rest = rest.slice(at);
    }
    if (rest) segments.push({ kind: 'text', text: rest });
  };
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const key = match[1] ?? '';
    const figure = bound.get(key);
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (!figure) continue;
    segments.push({ kind: 'figure', text: figure.text, indicatorId: figure.indicatorId });
    const unit = input.indicator(figure.indicatorId)?.unit ?? '';
    if (unit && figure.text.endsWith(unit) && text.startsWith(unit, last)) last += unit.length;
    if (figure.remark)
      pending = translate(language, 'live.remark', {
        remark: unbracketed(figure.remark, language),
      });
  }
  pushText(text.slice(last));
  if (pending !== null) segments.push({ kind: 'text', text: pending });
  // Coverage, once per sentence: the first figure that misses units says which.
  const coverage = [...bound.values()]
    .map((item) => coverageWording(item.figure, language))
    .find((wording): wording is string => wording !== null);
  if (coverage) {
    // Inside the sentence, before its full stop: "…化解率61.4%（11/12个盟市已报送）。"
    const note = translate(language, 'live.coverage', { coverage });
    const end = segments.at(-1);
    const stop = end?.kind === 'text' ? /[。.]$/.exec(end.text) : null;
    if (end && stop) {
      end.text = end.text.slice(0, -1);
      segments.push({ kind: 'text', text: note + stop[0] });
    } else segments.push({ kind: 'text', text: note });
  }
  return { segments };
}

/** The sentences of one section of the report, for the view. */
export function liveSection(
  sentences: readonly NarrativeSentence[],
  input: LiveTextInput,
): LiveParagraph[] {
  return sentences.flatMap((sentence) => liveSentence(sentence, input) ?? []);
}

/**
 * A paragraph worded elsewhere (briefing-facts), as segments: its numbers stand out. The figures
 * are not tied to one indicator, so they link to the section rather than to a chart.
 */
export function paragraphFromText(text: string): LiveParagraph {
  const segments: TextSegment[] = [];
  // Dates ("2024年6月") and counts of units ("12个盟市") are not figures.
  const number =
    /[+\-−]?\d(?:[\d,]*\d)?(?:\.\d+)?(?![\d年月日季/]|\.\d|个盟|个市)(?:%|万件|件|个百分点|项|个|条|篇|次|支| pp)?/gu;
  let last = 0;
  for (const match of text.matchAll(number)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'figure', text: match[0], indicatorId: null });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return { segments };
}
