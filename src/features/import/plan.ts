import type { Dataset } from '@/schemas/api';
import type { Observation } from '@/schemas/observation';
import { reportsFigures } from './parse/catalogue';
import type { FigureList, ImportedFigure } from './parse/figure-list';
import { FigureKeys, KeyIndex, keyOfNumbers } from './figure-key';
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
 * the commit so that applying does not read the figures again. Not sent to the page. Each entry is
 * the first figure read for its key, in the order read, named by its reading and its position there.
 */
export type FigureMerge = {
  keys: FigureKeys;
  entries: number;
  entryKeys: Float64Array;
  entryReadings: Int32Array;
  entryPositions: Int32Array;
  /** Per entry: what the import does with it. */
  outcomes: Uint8Array;
  /** The observations the figures are compared with, and where each key is among them. */
  compared: Observation[];
  comparedKeys: Float64Array;
  comparedIndex: KeyIndex;
};

/** A list's own numbers of ids and months, translated into the numbering of `keys`. */
function translation(keys: FigureKeys, list: FigureList) {
  const indicators = Int32Array.from(list.indicators.values, (id) => keys.indicatorNumber(id));
  const units = Int32Array.from(list.units.values, (id) => keys.unitNumber(id));
  const periods = Int32Array.from(list.periods.values, (period) => keys.periodNumber(period));
  return (position: number) =>
    keyOfNumbers(
      indicators[list.indicatorNumber(position)] ?? 0,
      units[list.unitNumber(position)] ?? 0,
      periods[list.periodNumber(position)] ?? 0,
    );
}

const changeOf = (figure: ImportedFigure): FigureChange => ({
  key: figureKey(figure),
  indicatorId: figure.indicatorId,
  unitId: figure.unitId,
  period: figure.period,
  after: figure.value,
  from: figure,
});

function figureAt(
  readings: FileReading[],
  entryReadings: Int32Array,
  entryPositions: Int32Array,
  entry: number,
): ImportedFigure {
  const list = readings[entryReadings[entry] ?? 0]?.figures as FigureList;
  return list.at(entryPositions[entry] ?? 0);
}

function keysOf(keys: FigureKeys, observations: Observation[]): Float64Array {
  return Float64Array.from(observations, (observation) => keys.key(observation));
}

function indexOf(observationKeys: Float64Array): KeyIndex {
  const index = new KeyIndex(observationKeys.length);
  observationKeys.forEach((key, position) => index.set(key, position));
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
  const comparedKeys = keysOf(keys, compared);
  const comparedIndex = indexOf(comparedKeys);

  const total = readings.reduce((sum, reading) => sum + reading.figures.length, 0);
  const entryIndex = new KeyIndex(total);
  const entryKeys = new Float64Array(total);
  const entryReadings = new Int32Array(total);
  const entryPositions = new Int32Array(total);
  let entries = 0;
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
  readings.forEach(({ figures: list }, readingNumber) => {
    for (const period of list.periods.values) {
      if (first === null || period < first) first = period;
      if (last === null || period > last) last = period;
    }
    const keyAt = translation(keys, list);
    const periodCount = list.periods.values.length;
    const reportedPairs = new Set<number>();
    for (let position = 0; position < list.length; position += 1) {
      if (list.value(position) !== null)
        reportedPairs.add(list.unitNumber(position) * periodCount + list.periodNumber(position));
      const key = keyAt(position);
      const entry = entryIndex.get(key);
      if (entry === undefined) {
        entryIndex.set(key, entries);
        entryKeys[entries] = key;
        entryReadings[entries] = readingNumber;
        entryPositions[entries] = position;
        entries += 1;
        continue;
      }
      const options = repeated.get(entry);
      const figure = list.at(position);
      if (options) options.push(figure);
      else repeated.set(entry, [figureAt(readings, entryReadings, entryPositions, entry), figure]);
    }
    for (const pair of reportedPairs)
      report(
        list.units.values[Math.floor(pair / periodCount)] ?? '',
        list.periods.values[pair % periodCount] ?? '',
      );
  });

  const outcomes = new Uint8Array(entries);
  const added: FigureChange[] = [];
  const changed: FigureChange[] = [];
  const conflicts: FigureConflict[] = [];
  let addedCount = 0;
  let changedCount = 0;
  let unchanged = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    const options = repeated.get(entry);
    const distinct = options?.filter(
      (candidate, index) => options.findIndex((other) => other.value === candidate.value) === index,
    );
    if (distinct && distinct.length > 1) {
      const figure = distinct[0] as ImportedFigure;
      outcomes[entry] = Outcome.Conflict;
      conflicts.push({
        key: figureKey(figure),
        indicatorId: figure.indicatorId,
        unitId: figure.unitId,
        period: figure.period,
        options: distinct,
      });
      continue;
    }
    const list = readings[entryReadings[entry] ?? 0]?.figures as FigureList;
    const position = entryPositions[entry] ?? 0;
    const value = list.value(position);
    const comparedPosition = comparedIndex.get(entryKeys[entry] ?? 0);
    const before = comparedPosition === undefined ? undefined : compared[comparedPosition];
    if (!before) {
      outcomes[entry] = Outcome.Added;
      addedCount += 1;
      if (added.length < rows) added.push(changeOf(list.at(position)));
    } else if (before.value === value) {
      outcomes[entry] = Outcome.Unchanged;
      unchanged += 1;
    } else {
      outcomes[entry] = Outcome.Changed;
      changedCount += 1;
      if (changed.length < rows)
        changed.push({ ...changeOf(list.at(position)), before: before.value });
    }
  }

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
  return {
    plan,
    merge: {
      keys,
      entries,
      entryKeys,
      entryReadings,
      entryPositions,
      outcomes,
      compared,
      comparedKeys,
      comparedIndex,
    },
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

type FigureValue = Pick<ImportedFigure, 'indicatorId' | 'unitId' | 'period' | 'value' | 'note'>;

/** The observation an imported figure becomes, keeping the first reported figure (原报) of a revised one. */
function observationOf(figure: FigureValue, before: Observation | undefined, revisedAt: string) {
  const observation: Observation = {
    indicatorId: figure.indicatorId,
    unitId: figure.unitId,
    period: figure.period,
    value: figure.value,
  };
  if (figure.note !== undefined) observation.note = figure.note;
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

/**
 * Sorted by indicator, unit and month. Sorting a million objects with a comparator of three string
 * comparisons takes seconds; sorting one number each (their keys' places in that order) does not.
 */
export function sortObservations(
  observations: Observation[],
  observationKeys: Float64Array,
  keys: FigureKeys,
  exactLimit = Number.MAX_SAFE_INTEGER,
): Observation[] {
  const { placeOf, places } = keys.sortOrder();
  const count = observations.length;
  const order = new Float64Array(count);
  if (places * count <= exactLimit) {
    // Place and position in one exact number: sorting them sorts the positions.
    for (let position = 0; position < count; position += 1)
      order[position] = placeOf(observationKeys[position] ?? 0) * count + position;
    order.sort();
    return Array.from(order, (number) => observations[number % count] as Observation);
  }
  // One observation per key, so each has its own place.
  const byOrder = new KeyIndex(count);
  for (let position = 0; position < count; position += 1) {
    const place = placeOf(observationKeys[position] ?? 0);
    order[position] = place;
    byOrder.set(place, position);
  }
  order.sort();
  return Array.from(order, (place) => observations[byOrder.get(place) ?? 0] as Observation);
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
  const baseKeys =
    compared === base.observations ? merge.comparedKeys : keysOf(keys, base.observations);
  const baseIndex = compared === base.observations ? comparedIndex : indexOf(baseKeys);
  const observations = [...base.observations];
  const observationKeys = new Float64Array(observations.length + merge.entries + choices.size);
  observationKeys.set(baseKeys);
  const take = (figure: FigureValue, key: number) => {
    const previous = comparedIndex.get(key);
    const observation = observationOf(
      figure,
      previous === undefined ? undefined : compared[previous],
      revisedAt,
    );
    const position = baseIndex.get(key);
    if (position !== undefined) {
      observations[position] = observation;
      return;
    }
    observationKeys[observations.length] = key;
    observations.push(observation);
  };
  // One object reused for every figure: the observation copies what it needs.
  const figure: FigureValue = { indicatorId: '', unitId: '', period: '', value: null };
  for (let entry = 0; entry < merge.entries; entry += 1) {
    const outcome = merge.outcomes[entry];
    if (outcome !== Outcome.Added && outcome !== Outcome.Changed) continue;
    const list = readings[merge.entryReadings[entry] ?? 0]?.figures as FigureList;
    const position = merge.entryPositions[entry] ?? 0;
    figure.indicatorId = list.indicatorId(position);
    figure.unitId = list.unitId(position);
    figure.period = list.period(position);
    figure.value = list.value(position);
    figure.note = list.note(position);
    take(figure, merge.entryKeys[entry] ?? 0);
  }
  for (const chosen of choices.values()) take(chosen, keys.key(chosen));
  const sorted = sortObservations(
    observations,
    observationKeys.subarray(0, observations.length),
    keys,
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
