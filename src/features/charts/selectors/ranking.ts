import {
  unitFiguresOf,
  type PolicyUnit,
  type Tone,
  type UnitFigure,
} from '@/lib/figure-policy/figure-policy';
import {
  revisionWording,
  targetValueWording,
  targetWording,
  verdictWording,
} from '@/lib/figure-policy/wording';
import { formatPeriod, formatPeriodTick } from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import { pickLabel } from '@/lib/i18n/translate';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import { byUnitAndPeriod } from './series';

export type RankingRow = {
  unitId: string;
  /** The unit's name; a late unit's carries its month ("锡林郭勒盟（24-05）"). */
  label: string;
  value: number | null;
  period: string | null;
  /** The unit's last report is older than the others': never passed off as current. */
  late: boolean;
  target: number | null;
  /** "阶段目标55%（2024年6月）" */
  targetLabel: string | null;
  tone: Tone;
  /** 达标 / 未达标 / 向好 / 向差 / — */
  verdict: string;
  /** The point's note (未按时报送, 更正…), or null. */
  note: string | null;
  /** "原报74件，更正为70件（…）", or null. */
  revision: string | null;
};

/** The contract's standard notes in English; any other note is the data's own text. */
const standardNotes: Record<string, string> = {
  未按时报送: 'not reported on time',
  数据缺报: 'not reported',
};
const noteIn = (note: string, language: Language) =>
  language === 'en' ? (standardNotes[note] ?? note) : note;

const rowOf = (figure: UnitFigure, indicator: Indicator, language: Language): RankingRow => {
  const name = pickLabel(language, figure.unit.name, figure.unit.nameEn);
  const target = figure.judgement.kind === 'target' ? figure.judgement.target : null;
  return {
    unitId: figure.unit.id,
    label:
      figure.late && figure.period
        ? language === 'en'
          ? `${name} (${formatPeriodTick(figure.period)})`
          : `${name}（${formatPeriodTick(figure.period)}）`
        : name,
    value: figure.value,
    period: figure.period,
    late: figure.late,
    target: target?.value ?? null,
    targetLabel: target ? targetWording(target, indicator.unit, language) : null,
    tone: figure.tone,
    verdict: verdictWording(figure.judgement, language),
    note:
      figure.currentPoint?.note && figure.currentPoint.period
        ? `${formatPeriod(figure.currentPoint.period, language)}${language === 'en' ? ': ' : '：'}${noteIn(figure.currentPoint.note, language)}`
        : figure.point?.note
          ? noteIn(figure.point.note, language)
          : null,
    revision: revisionWording(figure.point, indicator.unit, language),
  };
};

/**
 * The selected units the indicator belongs to, ranked best first in its direction, each at its own
 * latest figure in the range (a late unit with its month); units with no figure last.
 */
export function unitRanking(
  points: SeriesPoint[],
  indicator: Indicator,
  units: readonly PolicyUnit[],
  periods: string[],
  language: Language,
): RankingRow[] {
  return unitFiguresOf({ indicator, points, units, periods }).rows.map((figure) =>
    rowOf(figure, indicator, language),
  );
}

/** The target line a ranking draws: only when every judged unit has the same one. */
export function sharedTarget(
  rows: RankingRow[],
  indicator: Indicator,
  language: Language,
): { value: number; label: string } | null {
  const judged = rows.filter((row) => row.target !== null);
  const values = new Set(judged.map((row) => row.target));
  const labels = new Set(judged.map((row) => row.targetLabel));
  const [value] = values;
  const [label] = labels;
  if (values.size !== 1 || labels.size !== 1 || value == null || !label) return null;
  return { value, label: label ?? targetValueWording(value, indicator.unit, language) };
}

export type CaseResolutionRow = RankingRow & {
  assigned: number | null;
  resolved: number | null;
  unresolved: number | null;
};

/** 信访积案化解 by unit: resolved and unresolved of the assigned cases, ranked by resolution rate. */
export function caseResolutionRanking(
  points: SeriesPoint[],
  indicators: { rate: Indicator; assignedId: string; resolvedId: string },
  units: readonly PolicyUnit[],
  periods: string[],
  language: Language,
): CaseResolutionRow[] {
  const assigned = byUnitAndPeriod(points, indicators.assignedId);
  const resolved = byUnitAndPeriod(points, indicators.resolvedId);
  return unitRanking(points, indicators.rate, units, periods, language).map((row) => {
    // Counts are read at the same period as the rate, so that the bar and the percentage agree
    // (even when a count was reported later in the range than the rate).
    const atRatePeriod = (series: Map<string, Map<string, SeriesPoint>>) =>
      row.period === null ? null : (series.get(row.unitId)?.get(row.period)?.value ?? null);
    const assignedValue = atRatePeriod(assigned);
    const resolvedValue = atRatePeriod(resolved);
    return {
      ...row,
      assigned: assignedValue,
      resolved: resolvedValue,
      unresolved:
        assignedValue !== null && resolvedValue !== null ? assignedValue - resolvedValue : null,
    };
  });
}
