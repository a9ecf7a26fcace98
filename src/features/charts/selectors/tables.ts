import type { DataTable } from '@/lib/data-table';
import type { MeasureUnit } from '@/schemas/indicator';
import type { CaseResolutionRow, RankingRow } from './ranking';
import type { SeriesPoint } from '@/schemas/api';
import type { TrendRow } from './series';

/** The tables behind the charts: what "view as table" shows and what CSV and Excel write. */

export type RankingLabels = {
  unit: string;
  value: string;
  period: string;
  target: string;
  status: string;
  note: string;
  revision: string;
};

/** Note and revision columns, only where some row has one: what the data says beside its figures. */
const remarkColumns = (rows: RankingRow[], labels: Pick<RankingLabels, 'note' | 'revision'>) => [
  ...(rows.some((row) => row.note !== null) ? [{ key: 'note', label: labels.note }] : []),
  ...(rows.some((row) => row.revision !== null)
    ? [{ key: 'revision', label: labels.revision }]
    : []),
];

export function rankingTable(
  caption: string,
  rows: RankingRow[],
  labels: RankingLabels,
  unit: MeasureUnit,
  describePeriod: (period: string) => string,
): DataTable {
  const hasTarget = rows.some((row) => row.target !== null);
  return {
    caption,
    columns: [
      { key: 'unit', label: labels.unit },
      { key: 'value', label: labels.value, unit },
      { key: 'period', label: labels.period },
      ...(hasTarget ? [{ key: 'target', label: labels.target }] : []),
      { key: 'status', label: labels.status },
      ...remarkColumns(rows, labels),
    ],
    rows: rows.map((row) => ({
      unitId: row.unitId,
      unit: row.label,
      value: row.value,
      period: row.period === null ? null : describePeriod(row.period),
      target: row.targetLabel,
      status: row.verdict,
      note: row.note,
      revision: row.revision,
    })),
  };
}

export function caseResolutionTable(
  caption: string,
  rows: CaseResolutionRow[],
  labels: RankingLabels & { assigned: string; resolved: string; unresolved: string },
  describePeriod: (period: string) => string,
): DataTable {
  return {
    caption,
    columns: [
      { key: 'unit', label: labels.unit },
      { key: 'assigned', label: labels.assigned, unit: '件' },
      { key: 'resolved', label: labels.resolved, unit: '件' },
      { key: 'unresolved', label: labels.unresolved, unit: '件' },
      { key: 'rate', label: labels.value, unit: '%' },
      { key: 'period', label: labels.period },
      { key: 'target', label: labels.target },
      { key: 'status', label: labels.status },
      ...remarkColumns(rows, labels),
    ],
    rows: rows.map((row) => ({
      unitId: row.unitId,
      unit: row.label,
      assigned: row.assigned,
      resolved: row.resolved,
      unresolved: row.unresolved,
      rate: row.value,
      period: row.period === null ? null : describePeriod(row.period),
      target: row.targetLabel,
      status: row.verdict,
      note: row.note,
      revision: row.revision,
    })),
  };
}

export function trendTable(
  caption: string,
  rows: TrendRow[],
  series: Array<{ key: string; label: string }>,
  periodLabel: string,
  unit: MeasureUnit,
  describePeriod: (period: string) => string,
  /** "11/12" per period where not every unit reported; the column appears only then. */
  coverage?: { label: string; byPeriod: Map<string, string> },
  /** Notes per period (which units are missing, revisions, a partial quarter); the column appears only then. */
  remarks?: { label: string; byPeriod: Map<string, string> },
): DataTable {
  const withCoverage = coverage !== undefined && coverage.byPeriod.size > 0;
  const withRemarks = remarks !== undefined && remarks.byPeriod.size > 0;
  return {
    caption,
    columns: [
      { key: 'period', label: periodLabel },
      ...series.map((item) => ({ key: item.key, label: item.label, unit })),
      ...(withCoverage ? [{ key: 'coverage', label: coverage.label }] : []),
      ...(withRemarks ? [{ key: 'note', label: remarks.label }] : []),
    ],
    rows: rows.map((row) => {
      const cells: Record<string, string | number | null> = { period: describePeriod(row.period) };
      if (withCoverage) cells.coverage = coverage.byPeriod.get(row.period) ?? null;
      if (withRemarks) cells.note = remarks.byPeriod.get(row.period) ?? null;
      for (const item of series) {
        const value = row[item.key];
        cells[item.key] = typeof value === 'number' ? value : null;
      }
      return cells;
    }),
  };
}

/** Periods where a combined figure lacks some units: "11/12", so that a partial total is never read as whole. */
export function coverageByPeriod(points: SeriesPoint[], indicatorId: string): Map<string, string> {
  const coverage = new Map<string, string>();
  for (const point of points) {
    if (
      point.indicatorId !== indicatorId ||
      point.reported === undefined ||
      point.expected === undefined
    )
      continue;
    if (point.reported < point.expected)
      coverage.set(point.period, `${point.reported}/${point.expected}`);
  }
  return coverage;
}
