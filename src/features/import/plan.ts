import type { Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';
import { reportsFigures } from './parse/catalogue';
import type { ImportedFigure } from './parse/interpret';
import { FigureKeys, KeyIndex } from './figure-key';
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

/** What the import does with each distinct figure. */
const Outcome = { Added: 1, Changed: 2, Unchanged: 3, Conflict: 4 } as const;

/**
 * Every distinct unit-month-indicator the files bring, kept by the session between the preview and
 * the commit so that applying does not read the figures again. Not sent to the page.
 */
export type FigureMerge = {
  keys: FigureKeys;
  /** The first figure read for each key, in the order read. */
  figures: ImportedFigure[];
  /** Per entry of `figures`: what the import does with it. */
  outcomes: Uint8Array;
  /** The observations the figures are compared with, and where each key is among them. */
  compared: Observation[];
  comparedIndex: KeyIndex;
};

function indexObservations(keys: FigureKeys, observations: Observation[]): KeyIndex {
  const index = new KeyIndex(observations.length);
  observations.forEach((observation, position) => index.set(keys.key(observation), position));
  return index;
}

/**
 * What an import would change, before anything is applied. The lists of new and changed figures
 * are cut to `rows` (their counts are not): a million of them need not cross to the page.
 */
export function planImport(
  current: Dataset,
  readings: FileReading[],
  rows = Infinity,
): { plan: ImportPlan; merge: FigureMerge } {
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
  const keys = new FigureKeys();
  // A dataset JSON brings its own observations as its figures; they are compared with what is shown.
  const compared = readings.some((reading) => reading.dataset)
    ? current.observations
    : base.observations;
  const comparedIndex = indexObservations(keys, compared);

  const total = readings.reduce((sum, reading) => sum + reading.figures.length, 0);
  const entries = new KeyIndex(total);
  const figures: ImportedFigure[] = [];
  // The same key in more than one file: every figure read for it, by entry.
  const repeated = new Map<number, ImportedFigure[]>();
  const reported = new Map<string, Set<string>>();
  const report = (unitId: string, period: string) => {
    let periods = reported.get(unitId);
    if (!periods) reported.set(unitId, (periods = new Set()));
    periods.add(period);
  };
  let first: string | null = null;
  let last: string | null = null;
  for (const reading of readings)
    for (const figure of reading.figures) {
      if (first === null || figure.period < first) first = figure.period;
      if (last === null || figure.period > last) last = figure.period;
      if (figure.value !== null) report(figure.unitId, figure.period);
      const key = keys.key(figure);
      const entry = entries.get(key);
      if (entry === undefined) {
        entries.set(key, figures.push(figure) - 1);
        continue;
      }
      const list = repeated.get(entry);
      if (list) list.push(figure);
      else repeated.set(entry, [figures[entry] as ImportedFigure, figure]);
    }

  const outcomes = new Uint8Array(figures.length);
  const added: FigureChange[] = [];
  const changed: FigureChange[] = [];
  const conflicts: FigureConflict[] = [];
  let addedCount = 0;
  let changedCount = 0;
  let unchanged = 0;
  figures.forEach((figure, entry) => {
    const options = repeated.get(entry);
    const distinct = options?.filter(
      (candidate, index) => options.findIndex((other) => other.value === candidate.value) === index,
    );
    if (distinct && distinct.length > 1) {
      outcomes[entry] = Outcome.Conflict;
      conflicts.push({
        key: figureKey(figure),
        indicatorId: figure.indicatorId,
        unitId: figure.unitId,
        period: figure.period,
        options: distinct,
      });
      return;
    }
    const position = comparedIndex.get(keys.key(figure));
    const before = position === undefined ? undefined : compared[position];
    const change = (): FigureChange => ({
      key: figureKey(figure),
      indicatorId: figure.indicatorId,
      unitId: figure.unitId,
      period: figure.period,
      after: figure.value,
      from: figure,
    });
    if (!before) {
      outcomes[entry] = Outcome.Added;
      addedCount += 1;
      if (added.length < rows) added.push(change());
    } else if (before.value === figure.value) {
      outcomes[entry] = Outcome.Unchanged;
      unchanged += 1;
    } else {
      outcomes[entry] = Outcome.Changed;
      changedCount += 1;
      if (changed.length < rows) changed.push({ ...change(), before: before.value });
    }
  });

  const missing: ImportPlan['missing'] = [];
  if (first && last) {
    const months = monthsBetween(first, last);
    for (const observation of base.observations)
      if (observation.value !== null) report(observation.unitId, observation.period);
    for (const unit of base.units) {
      if (!reportsFigures(unit)) continue;
      const periods = reported.get(unit.id);
      const gaps = months.filter((month) => !periods?.has(month));
      if (gaps.length > 0) missing.push({ unitId: unit.id, months: gaps });
    }
  }

  const datasetFile = readings.find((reading) => reading.dataset)?.file;
  const plan: ImportPlan = {
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
    addedCount,
    changedCount,
    unchanged,
    conflicts,
    missing,
    period: first && last ? { from: first, to: last } : null,
    ...(datasetFile !== undefined && { datasetFile }),
  };
  return { plan, merge: { keys, figures, outcomes, compared, comparedIndex } };
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

/** The observation an imported figure becomes, keeping the first reported figure (原报) of a revised one. */
function observationOf(figure: ImportedFigure, before: Observation | undefined, revisedAt: string) {
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
  return observation;
}

/** Position of each id in the ids' sorted order. */
function ranks(ids: Set<string>): Map<string, number> {
  return new Map([...ids].sort().map((id, rank) => [id, rank]));
}

/**
 * Sorted by indicator, unit and month. Sorting a million objects with a comparator of three string
 * comparisons takes seconds; ranking the few distinct ids and sorting one number each does not.
 */
function sortObservations(observations: Observation[]): Observation[] {
  const indicatorIds = new Set<string>();
  const unitIds = new Set<string>();
  const periods = new Set<string>();
  for (const observation of observations) {
    indicatorIds.add(observation.indicatorId);
    unitIds.add(observation.unitId);
    periods.add(observation.period);
  }
  const indicatorRank = ranks(indicatorIds);
  const unitRank = ranks(unitIds);
  const periodRank = ranks(periods);
  // One observation per key, so each has its own number.
  const order = new Float64Array(observations.length);
  const byOrder = new KeyIndex(observations.length);
  observations.forEach((observation, position) => {
    const number =
      ((indicatorRank.get(observation.indicatorId) ?? 0) * unitIds.size +
        (unitRank.get(observation.unitId) ?? 0)) *
        periods.size +
      (periodRank.get(observation.period) ?? 0);
    order[position] = number;
    byOrder.set(number, position);
  });
  order.sort();
  return Array.from(order, (number) => observations[byOrder.get(number) ?? 0] as Observation);
}

/**
 * The dataset after the import: all figures or none. A changed figure keeps the one first reported
 * (原报) and the date it changed. `choices` settles each conflict by the file whose figure wins.
 */
export function applyImport(
  current: Dataset,
  readings: FileReading[],
  plan: ImportPlan,
  merge: FigureMerge,
  choices: ReadonlyMap<string, ImportedFigure>,
  now: Date,
): Dataset {
  if (plan.errors > 0) throw new Error('an import with errors cannot be applied');
  const unsettled = plan.conflicts.filter((conflict) => !choices.has(conflict.key));
  if (unsettled.length > 0) throw new Error(`${unsettled.length} conflicts are not settled`);
  const base = importBase(current, readings);
  const revisedAt = localDate(now);
  const { keys, compared, comparedIndex } = merge;
  const baseIndex =
    compared === base.observations ? comparedIndex : indexObservations(keys, base.observations);
  const observations = [...base.observations];
  const take = (figure: ImportedFigure) => {
    const key = keys.key(figure);
    const previous = comparedIndex.get(key);
    const observation = observationOf(
      figure,
      previous === undefined ? undefined : compared[previous],
      revisedAt,
    );
    const position = baseIndex.get(key);
    if (position === undefined) observations.push(observation);
    else observations[position] = observation;
  };
  merge.figures.forEach((figure, entry) => {
    const outcome = merge.outcomes[entry];
    if (outcome === Outcome.Added || outcome === Outcome.Changed) take(figure);
  });
  for (const figure of choices.values()) take(figure);
  const sorted = sortObservations(observations);
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
