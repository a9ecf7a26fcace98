/** A figure read from a file, with where it came from so that a conflict can name both places. */
export type ImportedFigure = {
  indicatorId: string;
  unitId: string;
  period: string;
  value: number | null;
  note?: string;
  file: string;
  sheet?: string;
  row: number;
  column: string;
};

/** The fields of one figure as they are read, before anything is kept of them. */
export type FigureFields = {
  indicatorId: string;
  unitId: string;
  period: string;
  value: number | null;
  row: number;
  column: string;
  note?: string | undefined;
  sheet?: string | undefined;
};

import { KEY_LIMITS, keyOfNumbers } from '../figure-key';
import { ImportRefusal } from './problems';

const NONE = -1;

/** Numbers the distinct strings of one column; a few hundred ids stand for a million mentions. */
class StringTable {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** `tooMany` refuses the file once more than `limit` distinct values would not fit a key. */
  constructor(
    private readonly limit = Infinity,
    private readonly tooMany?: () => ImportRefusal,
  ) {}

  number(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      if (this.values.length >= this.limit && this.tooMany) throw this.tooMany();
      number = this.values.push(value) - 1;
      this.numbers.set(value, number);
    }
    return number;
  }
}

/**
 * The figures one file brings, held in columns of typed arrays: a million figures as a million
 * objects cost about 300 MB and seconds of garbage collection; here they cost about 36 bytes each.
 * Ids, months, columns, sheets and notes are numbered per list. A figure is made an object only
 * when one is asked for (a preview row, a conflict, a test).
 */
export class FigureList {
  readonly file: string;
  length = 0;
  readonly indicators: StringTable;
  readonly units: StringTable;
  readonly periods: StringTable;
  private readonly texts = new StringTable();
  private indicatorNumbers: Int32Array;
  private unitNumbers: Int32Array;
  private periodNumbers: Int32Array;
  /** NaN for a gap (null): no file or dataset holds NaN as a figure. */
  private values: Float64Array;
  private rows: Int32Array;
  private columns: Int32Array;
  private notes: Int32Array;
  private sheets: Int32Array;

  constructor(file: string, capacity = 64) {
    this.file = file;
    const refusal = (what: string, limit: number) => () =>
      new ImportRefusal({
        severity: 'error',
        file,
        message: `文件含有超过${limit}个不同的${what}，超出一次导入能容纳的范围，已拒绝。请拆分后再导入。`,
      });
    this.indicators = new StringTable(
      KEY_LIMITS.indicators,
      refusal('指标', KEY_LIMITS.indicators),
    );
    this.units = new StringTable(KEY_LIMITS.units, refusal('单位', KEY_LIMITS.units));
    this.periods = new StringTable(KEY_LIMITS.periods, refusal('月份', KEY_LIMITS.periods));
    const size = Math.max(16, capacity);
    this.indicatorNumbers = new Int32Array(size);
    this.unitNumbers = new Int32Array(size);
    this.periodNumbers = new Int32Array(size);
    this.values = new Float64Array(size);
    this.rows = new Int32Array(size);
    this.columns = new Int32Array(size);
    this.notes = new Int32Array(size);
    this.sheets = new Int32Array(size);
  }

  push(figure: FigureFields): number {
    if (this.length === this.values.length) this.grow();
    const position = this.length;
    this.indicatorNumbers[position] = this.indicators.number(figure.indicatorId);
    this.unitNumbers[position] = this.units.number(figure.unitId);
    this.periodNumbers[position] = this.periods.number(figure.period);
    this.values[position] = figure.value ?? Number.NaN;
    this.rows[position] = figure.row;
    this.columns[position] = this.texts.number(figure.column);
    this.notes[position] = figure.note === undefined ? NONE : this.texts.number(figure.note);
    this.sheets[position] = figure.sheet === undefined ? NONE : this.texts.number(figure.sheet);
    this.length = position + 1;
    return position;
  }

  /** A number for the figure's (indicator, unit, month), unique within this list. */
  keyOf(figure: Pick<FigureFields, 'indicatorId' | 'unitId' | 'period'>): number {
    return keyOfNumbers(
      this.indicators.number(figure.indicatorId),
      this.units.number(figure.unitId),
      this.periods.number(figure.period),
    );
  }

  /** The list's own numbers of a figure's indicator, unit and month. */
  indicatorNumber(position: number): number {
    return this.indicatorNumbers[position] ?? 0;
  }
  unitNumber(position: number): number {
    return this.unitNumbers[position] ?? 0;
  }
  periodNumber(position: number): number {
    return this.periodNumbers[position] ?? 0;
  }

  indicatorId(position: number): string {
    return this.indicators.values[this.indicatorNumber(position)] ?? '';
  }
  unitId(position: number): string {
    return this.units.values[this.unitNumber(position)] ?? '';
  }
  period(position: number): string {
    return this.periods.values[this.periodNumber(position)] ?? '';
  }
  value(position: number): number | null {
    const value = this.values[position] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  }
  note(position: number): string | undefined {
    const number = this.notes[position] ?? NONE;
    return number === NONE ? undefined : this.texts.values[number];
  }

  /** One figure as an object. */
  at(position: number): ImportedFigure {
    const figure: ImportedFigure = {
      indicatorId: this.indicatorId(position),
      unitId: this.unitId(position),
      period: this.period(position),
      value: this.value(position),
      file: this.file,
      row: this.rows[position] ?? 0,
      column: this.texts.values[this.columns[position] ?? 0] ?? '',
    };
    const note = this.note(position);
    if (note !== undefined) figure.note = note;
    const sheet = this.sheets[position] ?? NONE;
    if (sheet !== NONE) figure.sheet = this.texts.values[sheet] ?? '';
    return figure;
  }

  /** Every figure as an object: for small lists and tests, not for a million. */
  toArray(): ImportedFigure[] {
    return Array.from({ length: this.length }, (_, position) => this.at(position));
  }

  private grow(): void {
    const size = this.values.length * 2;
    const larger = (array: Int32Array): Int32Array => {
      const copy = new Int32Array(size);
      copy.set(array);
      return copy;
    };
    this.indicatorNumbers = larger(this.indicatorNumbers);
    this.unitNumbers = larger(this.unitNumbers);
    this.periodNumbers = larger(this.periodNumbers);
    this.rows = larger(this.rows);
    this.columns = larger(this.columns);
    this.notes = larger(this.notes);
    this.sheets = larger(this.sheets);
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
  }
}
