import { formatNumber, formatValue } from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import { translate } from '@/lib/i18n/translate';
import { unbracketed } from '@/lib/figure-policy/wording';
import type { MeasureUnit } from '@/schemas/indicator';

/*
 * The sentences of a Word briefing, in the report's own wording: "交办积案1,234件，累计化解
 * 890件，化解率72.1%（同比提高3.1个百分点）". Pure: the app gathers the figures, this words them.
 */

export type BriefingFigure = {
  name: string;
  value: number | null;
  unit: MeasureUnit;
  /** A change indicator (新收案件同比) reads "下降11.2%", not "-11.2%". */
  kind: 'count' | 'rate' | 'change';
  /** How it moved, already worded ("同比提高3.1个百分点"), or null. */
  change?: string | null;
  /** Whose figure it is when that is not the sentence's lead ("乌海市"), or null. */
  scope?: string | null;
  /**
   * What else the reader must know, already worded by the figure policy: how it is counted
   * ("当月", "2023年6月起累计"), the coverage ("11/12个盟市已报送"), the judgement, a revision.
   */
  details?: Array<string | null>;
  /** Who reported ("11/12个盟市已报送"), said once per sentence: a later figure with the same coverage omits it. */
  coverage?: string | null;
};

/** "新收案件同比下降11.2%", "结案率同比变化提高1.1个百分点". */
export function changeWording(figure: BriefingFigure, language: Language): string {
  const { name, value, unit } = figure;
  if (value === null) return translate(language, 'export.brief.figure', { name, value: '—' });
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return translate(language, 'export.brief.flat', { name });
  const points = unit === '个百分点';
  const direction = translate(
    language,
    points
      ? rounded > 0
        ? 'export.brief.pointsUp'
        : 'export.brief.pointsDown'
      : rounded > 0
        ? 'export.brief.up'
        : 'export.brief.down',
  );
  const size = formatValue(Math.abs(rounded), unit, language);
  return translate(language, 'export.brief.change', { name, direction, size });
}

/**
 * Whether a change figure reads with a direction word: a year-on-year figure (新收案件同比) or a
 * change in points does; an improvement rate (全程网办事项量提升率) is stated as it is. English
 * names do not say which, so English gives the signed figure.
 */
const readsAsDirection = (figure: BriefingFigure, language: Language) =>
  language === 'zh-CN' && (figure.unit === '个百分点' || /(同比|变化)$/.test(figure.name));

/**
 * One figure in words; null when it was not reported in the range (a gap is said, not guessed).
 * A coverage in `said` was stated earlier in the same sentence ("11/12个盟市已报送") and is not
 * repeated; one stated here is added to it.
 */
export function figureWording(
  figure: BriefingFigure,
  language: Language,
  said: Set<string> = new Set(),
): string | null {
  if (figure.value === null) return null;
  const named = figure.scope
    ? {
        ...figure,
        name: translate(language, 'export.brief.scoped', {
          name: figure.name,
          scope: figure.scope,
        }),
      }
    : figure;
  const main = readsAsDirection(figure, language)
    ? changeWording(named, language)
    : translate(language, 'export.brief.figure', {
        name: named.name,
        value: formatValue(figure.value, figure.unit, language, {
          signed: figure.kind === 'change' && language === 'en',
        }),
      });
  const coverage = figure.coverage && !said.has(figure.coverage) ? figure.coverage : null;
  if (coverage) said.add(coverage);
  const given = [figure.change, ...(figure.details ?? []), coverage].filter(
    (detail): detail is string => Boolean(detail),
  );
  // Each detail once; one that another already says ("2023年6月起累计" in "2023年6月起累计，不作
  // 同比") is dropped.
  const details = given
    .filter(
      (detail, index) =>
        given.indexOf(detail) === index &&
        !given.some((other) => other !== detail && other.includes(detail)),
    )
    .map((detail) => unbracketed(detail, language));
  return details.length > 0
    ? main +
        translate(language, 'export.brief.yoy', {
          change: details.join(translate(language, 'export.brief.detailJoin')),
        })
    : main;
}

/** Figures joined into one sentence, with a lead-in when given; null when none was reported. */
export function figureSentence(
  figures: BriefingFigure[],
  language: Language,
  lead = '',
): string | null {
  const said = new Set<string>();
  const parts = figures.flatMap((figure) => figureWording(figure, language, said) ?? []);
  if (parts.length === 0) return null;
  return (
    lead +
    parts.join(translate(language, 'export.brief.join')) +
    translate(language, 'export.brief.end')
  );
}

/** A sentence from clauses: joined, closed, with its first letter capitalised in English. */
export function sentence(clauses: string[], language: Language): string | null {
  const text = clauses.filter(Boolean).join(translate(language, 'export.brief.join'));
  if (!text) return null;
  const closed = text + translate(language, 'export.brief.end');
  return language === 'en' ? closed.charAt(0).toUpperCase() + closed.slice(1) : closed;
}

/** "12" in the page's number style, for counts inside sentences. */
export const countWording = (count: number, language: Language) => formatNumber(count, language);
