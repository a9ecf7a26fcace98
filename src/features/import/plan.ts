import type { Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';
import type { ImportedFigure } from './parse/interpret';
import type { ImportProblem } from './parse/problems';
import type { FileReading } from './parse/read-file';

export type FigureChange = {
  key: string;
  indicatorId: string;
  unitId: string;
  period: string;
  before?: number | null;
  after: number | null;
  from: ImportedFigure;
};

/** The same unit, month and indicator with different figures in two files: the user picks one. */
export type FigureConflict = {
  key: string;
  indicatorId: string;
  unitId: string;
  period: string;
  options: ImportedFigure[];
};

export type ImportPlan = {
  files: Array<{
    file: string;
    format: FileReading['format'];
    encoding?: string;
    figures: number;
  }>;
  problems: ImportProblem[];
  errors: number;
  added: FigureChange[];
  changed: FigureChange[];
  addedCount: number;
  changedCount: number;
  unchanged: number;
  conflicts: FigureConflict[];
  /** Months of the imported period for which a unit has no figure at all. */
  missing: Array<{ unitId: string; months: string[] }>;
  period: { from: string; to: string } | null;
  /** The dataset JSON whose catalogue the import brings, if any. */
  datasetFile?: string;
};

export const figureKey = (figure: { indicatorId: string; unitId: string; period: string }) =>
  `${figure.indicatorId}|${figure.unitId}|${figure.period}`;

const monthsBetween = (from: string, to: string) => {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    months.push(text);
    if (text >= to) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
};

/**
 * The dataset an import goes into. Sample figures are never mixed with real ones: onto the sample,
 * an import keeps its catalogue and texts but none of its invented observations or tasks.
 */
export function importBase(current: Dataset, readings: FileReading[]): Dataset {
  const brought = readings.find((reading) => reading.dataset)?.dataset;
  const base = brought ?? current;
  if (brought || !base.meta.isSample) return base;
  return { ...base, observations: [], tasks: [] };
}

/** What an import would change, before anything is applied. */
export function planImport(current: Dataset, readings: FileReading[]): ImportPlan {
  const problems = readings.flatMap((reading) => reading.problems);
  const jsonFiles = readings.filter((reading) => reading.format === 'json');
  if (jsonFiles.length > 1)
    for (const reading of jsonFiles.slice(1))
      problems.push({
        severity: 'error',
        file: reading.file,
        message: `一次只能导入一个数据集 JSON 文件（已有“${jsonFiles[0]?.file ?? ''}”）。`,
      });
  const base = importBase(current, readings);
  const existing = new Map<string, Observation>();
  // A dataset JSON brings its own observations as its figures; they are compared with what is shown.
  for (const observation of readings.some((reading) => reading.dataset)
    ? current.observations
    : base.observations)
    existing.set(figureKey(observation), observation);

  const byKey = new Map<string, ImportedFigure[]>();
  for (const reading of readings)
    for (const figure of reading.figures) {
      const key = figureKey(figure);
      const list = byKey.get(key);
      if (list) list.push(figure);
      else byKey.set(key, [figure]);
    }

  const added: FigureChange[] = [];
  const changed: FigureChange[] = [];
  const conflicts: FigureConflict[] = [];
  let unchanged = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const [key, figures] of byKey) {
    const figure = figures[0] as ImportedFigure;
    if (first === null || figure.period < first) first = figure.period;
    if (last === null || figure.period > last) last = figure.period;
    const distinct =
      figures.length === 1
        ? figures
        : figures.filter(
            (candidate, index) =>
              figures.findIndex((other) => other.value === candidate.value) === index,
          );
    if (distinct.length > 1) {
      conflicts.push({
        key,
        indicatorId: figure.indicatorId,
        unitId: figure.unitId,
        period: figure.period,
        options: distinct,
      });
      continue;
    }
    const before = existing.get(key);
    const change: FigureChange = {
      key,
      indicatorId: figure.indicatorId,
      unitId: figure.unitId,
      period: figure.period,
      after: figure.value,
      from: figure,
    };
    if (!before) added.push(change);
    else if (before.value === figure.value) unchanged += 1;
    else changed.push({ ...change, before: before.value });
  }

  const missing: ImportPlan['missing'] = [];
  if (first && last) {
    const months = monthsBetween(first, last);
    const reported = new Set<string>();
    for (const observation of base.observations)
      if (observation.value !== null) reported.add(`${observation.unitId}|${observation.period}`);
    for (const figures of byKey.values())
      for (const figure of figures)
        if (figure.value !== null) reported.add(`${figure.unitId}|${figure.period}`);
    for (const unit of base.units) {
      if (unit.level === 'region') continue;
      const gaps = months.filter((month) => !reported.has(`${unit.id}|${month}`));
      if (gaps.length > 0) missing.push({ unitId: unit.id, months: gaps });
    }
  }

  const datasetFile = readings.find((reading) => reading.dataset)?.file;
  return {
    files: readings.map((reading) => ({
      file: reading.file,
      format: reading.format,
      ...(reading.encoding !== undefined && { encoding: reading.encoding }),
      figures: reading.figures.length,
    })),
    problems,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    added,
    changed,
    addedCount: added.length,
    changedCount: changed.length,
    unchanged,
    conflicts,
    missing,
    period: first && last ? { from: first, to: last } : null,
    ...(datasetFile !== undefined && { datasetFile }),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');
export const localDate = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const localDateTime = (date: Date) =>
  `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${pad(day)}`;
}

const listFiles = (names: string[], limit: number) => {
  const joined = names.join('、');
  return joined.length <= limit ? joined : `${joined.slice(0, limit - 8)}…等${names.length}个文件`;
};

/**
 * The dataset after the import: all figures or none. A changed figure keeps the one first reported
 * (原报) and the date it changed. `choices` settles each conflict by the file whose figure wins.
 */
export function applyImport(
  current: Dataset,
  readings: FileReading[],
  plan: ImportPlan,
  choices: ReadonlyMap<string, ImportedFigure>,
  now: Date,
): Dataset {
  if (plan.errors > 0) throw new Error('an import with errors cannot be applied');
  const unsettled = plan.conflicts.filter((conflict) => !choices.has(conflict.key));
  if (unsettled.length > 0) throw new Error(`${unsettled.length} conflicts are not settled`);
  const base = importBase(current, readings);
  const revisedAt = localDate(now);
  const incoming = new Map<string, ImportedFigure>();
  for (const change of [...plan.added, ...plan.changed]) incoming.set(change.key, change.from);
  for (const [key, figure] of choices) incoming.set(key, figure);

  const previous = new Map<string, Observation>();
  for (const observation of readings.some((reading) => reading.dataset)
    ? current.observations
    : base.observations)
    previous.set(figureKey(observation), observation);
  const observations = new Map<string, Observation>();
  for (const observation of base.observations)
    observations.set(figureKey(observation), observation);
  for (const [key, figure] of incoming) {
    const before = previous.get(key);
    const observation: Observation = {
      indicatorId: figure.indicatorId,
      unitId: figure.unitId,
      period: figure.period,
      value: figure.value,
      ...(figure.note !== undefined && { note: figure.note }),
    };
    if (before && before.value !== figure.value) {
      observation.revised = true;
      observation.previousValue = before.revised
        ? (before.previousValue ?? before.value)
        : before.value;
      observation.revisedAt = revisedAt;
      if (figure.note === undefined && before.note !== undefined) observation.note = before.note;
    } else if (before?.revised) {
      Object.assign(observation, {
        revised: true,
        ...(before.previousValue !== undefined && { previousValue: before.previousValue }),
        ...(before.revisedAt !== undefined && { revisedAt: before.revisedAt }),
      });
    }
    observations.set(key, observation);
  }
  const sorted = [...observations.values()].sort((a, b) =>
    a.indicatorId !== b.indicatorId
      ? a.indicatorId < b.indicatorId
        ? -1
        : 1
      : a.unitId !== b.unitId
        ? a.unitId < b.unitId
          ? -1
          : 1
        : a.period < b.period
          ? -1
          : a.period > b.period
            ? 1
            : 0,
  );
  let firstMonth = base.meta.firstMonth;
  let lastMonth = base.meta.lastMonth;
  if (sorted.length > 0) {
    firstMonth = sorted.reduce(
      (min, item) => (item.period < min ? item.period : min),
      sorted[0]?.period ?? firstMonth,
    );
    lastMonth = sorted.reduce(
      (max, item) => (item.period > max ? item.period : max),
      sorted[0]?.period ?? lastMonth,
    );
  }
  const files = readings.map((reading) => reading.file);
  const stamp = localDateTime(now);
  const brought = readings.some((reading) => reading.dataset);
  return {
    ...base,
    observations: sorted,
    meta: {
      ...base.meta,
      asOf: lastDayOf(lastMonth),
      firstMonth,
      lastMonth,
      source: `导入数据（${listFiles(files, 120)}；${stamp}导入）`,
      sourceEn: `Imported data (${listFiles(files, 120)}; imported ${stamp})`,
      version: `import-${stamp.replace(/[- :]/g, '')}`,
      isSample: brought ? base.meta.isSample : false,
    },
  };
}

/**
 * What the dialog shows: the counts, and the first new and changed figures. A million of them need
 * not cross from the worker to the page, where copying them would hold up the page.
 */
export function summarisePlan(plan: ImportPlan, rows = 200): ImportPlan {
  return { ...plan, added: plan.added.slice(0, rows), changed: plan.changed.slice(0, rows) };
}
