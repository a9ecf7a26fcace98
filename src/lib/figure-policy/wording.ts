/*
 * The words of a figure, in the report's own phrasing: "全区12个盟市合计", "11/12个盟市已报送",
 * "环比提高1.7个百分点（按两期均报送的4个盟市计）", "较上月新增35件", "达到阶段目标（55%，2024年6月）".
 * Pure: a Figure (./figure-policy.ts) in, text in the reader's language out.
 */
import {
  formatCompactValue,
  formatDate,
  formatNumber,
  formatPeriod,
  formatValue,
  nameInText,
} from '@/lib/format';
import type { Language } from '@/lib/i18n/language-store';
import { levelWords, pickLabel, translate } from '@/lib/i18n/translate';
import type { MessageKey } from '@/lib/i18n/messages';
import type { SeriesPoint } from '@/schemas/api';
import type { Indicator, MeasureUnit, Target } from '@/schemas/indicator';
import type { Comparison, Figure, Judgement, PolicyUnit, UnitFigure } from './figure-policy';
import { targetKind } from './targets';

type Values = Record<string, string | number>;
/** Messages about the units shown name their level: 盟市, or 旗县市区 with a `parent` drilled into. */
const words = (language: Language, parent: PolicyUnit | null = null) => {
  const level = levelWords(language, parent ? 'county' : 'league-city');
  return {
    t: (key: MessageKey, values?: Values) => translate(language, key, { ...level, ...values }),
    list: (items: string[]) => items.join(translate(language, 'summary.listSeparator')),
  };
};

const unitName = (unit: PolicyUnit, language: Language) =>
  nameInText(pickLabel(language, unit.name, unit.nameEn));

const nameOf = (figure: Figure, unitId: string, language: Language) => {
  const unit = figure.scopeUnits.find((candidate) => candidate.id === unitId);
  return unit ? unitName(unit, language) : unitId;
};

const isShare = (unit: MeasureUnit) => unit === '%' || unit === '个百分点';

/**
 * "全区12个盟市" / "All 12 leagues and cities": the whole region, with its count from the data; or,
 * drilled down, every county of one 盟市 ("呼和浩特市9个旗县市区").
 */
export const wholeRegionWording = (
  count: number,
  language: Language,
  parent: PolicyUnit | null = null,
) =>
  parent
    ? translate(language, 'policy.wholeParent', { count, parent: unitName(parent, language) })
    : translate(language, 'policy.wholeRegion', { count });

/** The units a figure covers: "全区12个盟市合计", "呼和浩特市", "所选3个盟市不加权平均". */
export function scopeWording(figure: Figure, language: Language): string {
  if (figure.status === 'out-of-scope')
    return outOfScopeWording(figure.indicator, language, figure.parent);
  return unitsWording(
    figure.scopeUnits,
    figure.wholeRegion,
    figure.method,
    language,
    figure.parent,
  );
}

/** The same for a series over time: the selected units the indicator belongs to, and how they combine. */
export function seriesScopeWording(
  indicator: Indicator,
  selected: readonly PolicyUnit[],
  scope: readonly PolicyUnit[],
  totalUnits: number,
  language: Language,
  parent: PolicyUnit | null = null,
): string {
  if (scope.length === 0) return outOfScopeWording(indicator, language, parent);
  const wholeRegion =
    indicator.scopeUnitIds === undefined && selected.length === totalUnits && totalUnits > 1;
  return unitsWording(
    scope,
    wholeRegion,
    scope.length === 1 ? 'single' : indicator.rollup.method,
    language,
    parent,
  );
}

function unitsWording(
  units: readonly PolicyUnit[],
  wholeRegion: boolean,
  method: Figure['method'],
  language: Language,
  parent: PolicyUnit | null = null,
): string {
  const { t, list } = words(language, parent);
  if (units.length === 1 && units[0]) return unitName(units[0], language);
  const who = wholeRegion
    ? wholeRegionWording(units.length, language, parent)
    : units.length <= 3
      ? list(units.map((unit) => unitName(unit, language)))
      : t('policy.selectedUnits', { count: units.length });
  switch (method) {
    case 'mean':
      return t('policy.scope.mean', { who });
    case 'none':
      return t('policy.scope.none', { who });
    default:
      return t('policy.scope.total', { who });
  }
}

/** Why a figure is not shown for the selection: "该指标仅统计乌海市". */
export function outOfScopeWording(
  indicator: Indicator,
  language: Language,
  parent: PolicyUnit | null = null,
): string {
  // Drilled into the brand's own 盟市: the figure is there, only not split into its counties.
  const ofParent = parent !== null && (indicator.scopeUnitIds ?? []).includes(parent.id);
  return translate(language, ofParent ? 'policy.outOfScopeCounties' : 'policy.outOfScope', {
    count: indicator.scopeUnitIds?.length ?? 0,
  });
}

/** "11/12个盟市已报送；乌兰察布市最新为2024年5月" — null when every unit reported. */
export function coverageWording(figure: Figure, language: Language): string | null {
  const { t, list } = words(language, figure.parent);
  const { coverage } = figure;
  if (figure.status !== 'ok' || coverage.complete) return null;
  const parts: string[] = [];
  if (coverage.missing.length > 0)
    parts.push(
      t('policy.coverage.reported', {
        reported: coverage.reported.length,
        expected: coverage.expected.length,
      }),
    );
  for (const late of coverage.late)
    parts.push(
      t('policy.coverage.late', {
        unit: nameOf(figure, late.unitId, language),
        period: formatPeriod(late.period, language),
      }),
    );
  const lateIds = new Set(coverage.late.map((late) => late.unitId));
  const silent = coverage.missing.filter((unitId) => !lateIds.has(unitId));
  if (silent.length > 0 && coverage.late.length > 0)
    parts.push(
      t('policy.coverage.none', { units: list(silent.map((id) => nameOf(figure, id, language))) }),
    );
  if (coverage.incomplete.length > 0)
    parts.push(
      t('policy.coverage.incomplete', {
        units: list(coverage.incomplete.map((id) => nameOf(figure, id, language))),
      }),
    );
  return parts.join(t('summary.separator'));
}

/** "当月", "2023年6月起累计", "" for a level or a rate. */
export function readingWording(
  indicator: Indicator,
  period: string | null,
  language: Language,
): string {
  const { t } = words(language);
  const byQuarter = period?.includes('Q') ?? false;
  if (indicator.accumulation === 'per-period')
    return t(byQuarter ? 'policy.reading.quarter' : 'policy.reading.month');
  if (indicator.accumulation === 'cumulative')
    return indicator.since
      ? t('policy.reading.since', { since: formatPeriod(indicator.since, language) })
      : t('policy.reading.cumulative');
  return '';
}

const measureSize = (indicator: Indicator, size: number, language: Language) =>
  isShare(indicator.unit)
    ? translate(language, 'policy.points', { size: formatNumber(Math.abs(size), language, 1) })
    : formatValue(Math.abs(size), indicator.unit, language);

/**
 * A comparison in words: "同比上升12.5%", "环比提高1.7个百分点", "较上月新增35件"; with the units
 * it was made on when some were left out ("按两期均报送的4个盟市计").
 */
export function comparisonWording(
  figure: Figure,
  comparison: Comparison | null,
  language: Language,
): string | null {
  if (!comparison) return null;
  const { t } = words(language, figure.parent);
  const { indicator } = figure;
  const byQuarter = figure.period?.includes('Q') ?? false;
  const mode = comparison.mode;
  const picked =
    mode === 'period' && comparison.basePeriod ? formatPeriod(comparison.basePeriod, language) : '';
  const label =
    mode === 'period'
      ? t('policy.compare.against', { period: picked })
      : t(`filters.compare.${mode}`);
  if (!comparison.available) {
    if (comparison.reason === 'crosses-since' && indicator.since && mode === 'period')
      return t('policy.compare.crossesSincePeriod', {
        since: formatPeriod(indicator.since, language),
        period: picked,
      });
    if (comparison.reason === 'crosses-since' && indicator.since)
      return t(
        indicator.accumulation === 'cumulative'
          ? 'policy.compare.crossesSince'
          : 'policy.compare.crossesStart',
        {
          // Inside the sentence: "no year on year comparison", not "no Year on year comparison".
          comparison: language === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label,
          since: formatPeriod(indicator.since, language),
        },
      );
    if (comparison.reason === 'not-combinable')
      return t('policy.compare.notCombinable', { comparison: label });
    return t('policy.compare.none', { comparison: label });
  }
  const { change, measure } = comparison;
  let text: string;
  if (measure === 'increment') {
    const since =
      mode === 'mom'
        ? t(byQuarter ? 'policy.compare.lastQuarter' : 'policy.compare.lastMonth')
        : mode === 'yoy'
          ? t('policy.compare.yearAgo')
          : label;
    const size = formatValue(Math.abs(change ?? 0), indicator.unit, language);
    text =
      (change ?? 0) === 0
        ? t('policy.compare.noIncrement', { since })
        : t((change ?? 0) > 0 ? 'policy.compare.added' : 'policy.compare.fewer', { since, size });
  } else if (change === null) {
    text = t('policy.compare.fromZero', { comparison: label });
  } else {
    const rounded = Math.round(change * 10) / 10;
    if (rounded === 0) text = t('policy.compare.flat', { comparison: label });
    else {
      const up = rounded > 0;
      const direction =
        measure === 'points'
          ? t(up ? 'policy.compare.pointsUp' : 'policy.compare.pointsDown')
          : t(up ? 'policy.compare.up' : 'policy.compare.down');
      const size =
        measure === 'points'
          ? measureSize(indicator, rounded, language)
          : `${formatNumber(Math.abs(rounded), language, 1)}%`;
      text = t('policy.compare.change', { comparison: label, direction, size });
    }
  }
  if (comparison.restricted)
    text += t('policy.compare.sameUnits', { count: comparison.units.length });
  return text;
}

/** A target as officials write it: a whole per cent without decimals ("85%"), otherwise as any value. */
export const targetValueWording = (value: number, unit: MeasureUnit, language: Language) =>
  isShare(unit) && Number.isInteger(value)
    ? language === 'en' && unit === '个百分点'
      ? `${formatNumber(value, language)} pp`
      : `${formatNumber(value, language)}${unit}`
    : formatValue(value, unit, language);

/** "阶段目标55%（2024年6月）", "年底目标85%（2024年12月）", "目标90%（2024年12月）". */
export function targetWording(target: Target, unit: MeasureUnit, language: Language): string {
  const { t } = words(language);
  const kind = targetKind(target);
  const key =
    kind === 'interim'
      ? 'policy.target.interim'
      : target.due.endsWith('-12')
        ? 'policy.target.yearEnd'
        : 'policy.target.final';
  return t(key, {
    value: targetValueWording(target.value, unit, language),
    due: formatPeriod(target.due, language),
  });
}

/** The judgement: "达到阶段目标55%（2024年6月）", "低于目标4.2个百分点（…）", "向好（低于上年同期）"; null when there is none. */
export function judgementWording(
  indicator: Indicator,
  judgement: Judgement,
  language: Language,
): string | null {
  const { t } = words(language);
  if (judgement.kind === 'none') return null;
  if (judgement.kind === 'reference')
    return t(judgement.verdict === 'better' ? 'policy.judge.better' : 'policy.judge.worse', {
      reference: pickLabel(language, judgement.reference.label, judgement.reference.labelEn),
    });
  const target = targetWording(judgement.target, indicator.unit, language);
  const gap = Math.round(judgement.gap * 10) / 10;
  if (gap === 0) return t('policy.judge.onTarget', { target });
  const size = measureSize(indicator, gap, language);
  return t(gap > 0 ? 'policy.judge.above' : 'policy.judge.below', { target, size });
}

/** 达标 / 未达标 / 向好 / 向差 / — for a table's status column. */
export function verdictWording(judgement: Judgement, language: Language): string {
  const { t } = words(language);
  if (judgement.kind === 'none') return t('status.neutral');
  return t(`policy.verdict.${judgement.verdict}`);
}

/** "原报52件，更正为54件（2024年4月15日更正）"; "已更正" with the note when the earlier figure is not known. */
export function revisionWording(
  point: SeriesPoint | null,
  unit: MeasureUnit,
  language: Language,
): string | null {
  if (!point?.revised) return null;
  const { t } = words(language);
  const when = point.revisedAt
    ? t('policy.revision.when', { date: formatDate(point.revisedAt, language) })
    : '';
  if (point.previousValue === undefined) return t('policy.revision.only') + when;
  return (
    t('policy.revision.full', {
      previous:
        point.previousValue === null
          ? t('policy.revision.missing')
          : formatValue(point.previousValue, unit, language),
      value: formatValue(point.value, unit, language),
    }) + when
  );
}

/** A point's note and revision, for a tooltip or a table cell; null when it has neither. */
export function pointRemark(
  point: SeriesPoint | null,
  unit: MeasureUnit,
  language: Language,
): string | null {
  if (!point) return null;
  const parts = [point.note, revisionWording(point, unit, language)].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length > 0 ? parts.join(translate(language, 'summary.separator')) : null;
}

/** A unit's figure in a ranking: its month when it is older than the others' ("2024年1月数据"). */
export function unitFigureWording(row: UnitFigure, language: Language): string | null {
  return row.late && row.period
    ? translate(language, 'policy.unit.late', { period: formatPeriod(row.period, language) })
    : null;
}

export type FigureWording = {
  scope: string;
  /** 当月 / 累计（…起） / '' */
  reading: string;
  value: string;
  coverage: string | null;
  /** The chosen comparison (同比/环比), or for 'target' the judgement. */
  comparison: string | null;
  /** Every comparison and the judgement, worded, for tiles that list them all. */
  yoy: string | null;
  mom: string | null;
  /** With a period picked (对比某期): the comparison with it. */
  period: string | null;
  judgement: string | null;
  /** The target after the one judged against ("年底目标85%（2024年12月）"). */
  upcomingTarget: string | null;
  /** 运行以来累计X万件. */
  sinceTotal: string | null;
  remark: string | null;
};

/** Every piece of a figure's wording at once. */
export function figureWording(figure: Figure, language: Language): FigureWording {
  const { indicator } = figure;
  const judgement = judgementWording(indicator, figure.judgement, language);
  const yoy = comparisonWording(figure, figure.comparisons.yoy, language);
  const mom = comparisonWording(figure, figure.comparisons.mom, language);
  const period = comparisonWording(figure, figure.comparisons.period, language);
  return {
    scope: scopeWording(figure, language),
    reading: readingWording(indicator, figure.period, language),
    // Compact when huge ("8,999.6亿件", "21tn"), as officials write large counts; tables keep every digit.
    value: formatCompactValue(figure.value, indicator.unit, language, {
      signed: indicator.kind === 'change',
    }),
    coverage: coverageWording(figure, language),
    comparison:
      figure.comparisonMode === 'target' ? judgement : { yoy, mom, period }[figure.comparisonMode],
    yoy,
    mom,
    period,
    judgement,
    upcomingTarget: figure.upcomingTarget
      ? targetWording(figure.upcomingTarget, indicator.unit, language)
      : null,
    sinceTotal: figure.sinceTotal
      ? translate(
          language,
          figure.sinceTotal.gaps > 0 ? 'policy.sinceTotalGaps' : 'policy.sinceTotal',
          {
            since: formatPeriod(figure.sinceTotal.from, language),
            value: formatCompactValue(figure.sinceTotal.value, indicator.unit, language),
            gaps: figure.sinceTotal.gaps,
          },
        )
      : null,
    remark: pointRemark(figure.point, indicator.unit, language),
  };
}

/**
 * A remark that will stand in brackets loses its own closing bracket pair: "提高24.4个百分点
 * （按两期均报送的11个盟市计）" becomes "提高24.4个百分点，按两期均报送的11个盟市计", so that no
 * brackets stand inside brackets. Shared by the page's live text and the briefing.
 */
export const unbracketed = (detail: string, language: Language) =>
  // The space before an English bracket goes with it: "since Jan 2022, 1 …", not "2022 , 1 …".
  detail.replace(/\s*[（(]([^（）()]*)[）)]$/u, language === 'en' ? ', $1' : '，$1');
