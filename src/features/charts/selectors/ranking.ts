import type { SeriesPoint } from '@/schemas/api';
import type { Indicator } from '@/schemas/indicator';
import { byUnitAndPeriod, latestReported } from './series';
import { targetInForce, toneOf, type Tone } from './targets';

export type UnitLabel = { id: string; label: string };

export type RankingRow = {
  unitId: string;
  label: string;
  value: number | null;
  period: string | null;
  target: number | null;
  tone: Tone;
};

/** Units ranked best first in the indicator's direction, by their latest figure in the range; units with no figure last. */
export function unitRanking(
  points: SeriesPoint[],
  indicator: Indicator,
  units: UnitLabel[],
  periods: string[],
): RankingRow[] {
  const latest = latestReported(points, indicator.id, periods);
  const sign = indicator.direction === 'higher-better' ? -1 : 1;
  return units
    .map((unit) => {
      const point = latest.get(unit.id);
      const value = point?.value ?? null;
      const target = point ? targetInForce(indicator, point.period, unit.id) : null;
      return {
        unitId: unit.id,
        label: unit.label,
        value,
        period: point?.period ?? null,
        target,
        tone: toneOf(indicator, value, target),
      };
    })
    .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
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
  units: UnitLabel[],
  periods: string[],
): CaseResolutionRow[] {
  const assigned = byUnitAndPeriod(points, indicators.assignedId);
  const resolved = byUnitAndPeriod(points, indicators.resolvedId);
  return unitRanking(points, indicators.rate, units, periods).map((row) => {
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
