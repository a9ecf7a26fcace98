import type { Indicator } from '@/schemas/indicator';
import type { Unit } from '@/schemas/unit';
import { catalogueLookup, normaliseName, type Catalogue, type CatalogueLookup } from './catalogue';
import { KeyIndex } from '../figure-key';
import { FigureList } from './figure-list';
import { cellObject, cellValue, type Grid, type GridEntry, type GridRow } from './grid';
import { columnLetter, type ImportProblem } from './problems';
import { cellText, closestName, readMonth, readNumber } from './values';

export type { ImportedFigure } from './figure-list';

export type Interpretation = { figures: FigureList; problems: ImportProblem[] };

const HEADER_SEARCH_ROWS = 30;

const roleHeaders = {
  unit: ['盟市', '单位', '填报单位', '地区', '盟市名称', 'unit', 'unitid', 'league/city'],
  month: ['月份', '月', '期间', '统计月份', '时间', '年月', 'month', 'period'],
  indicator: ['指标', '指标名称', 'indicator', 'indicatorid'],
  value: ['数值', '数据', '值', '填报数', 'value'],
  note: ['备注', '说明', 'note', 'notes'],
  // Written by the dataset export beside each revised figure; the import keeps its own record.
  previous: ['原报', '原报数', 'previousvalue'],
  revisedAt: ['更正日期', 'revisedat'],
} as const;
type Role = keyof typeof roleHeaders;

const roleOf = (text: string): Role | undefined => {
  const key = normaliseName(text);
  return (Object.keys(roleHeaders) as Role[]).find((role) =>
    (roleHeaders[role] as readonly string[]).includes(key),
  );
};

type Layout = {
  headerRow: number;
  roles: Partial<Record<Role, number>>;
  indicatorColumns: Array<{ column: number; indicator: Indicator }>;
};

const headerText = (cell: GridEntry) => {
  const raw = cellValue(cell);
  return typeof raw === 'string' ? raw.trim() : '';
};

/** Which layout a grid has: long (unit, month, indicator, value) or the template's wide one. */
function findLayout(
  grid: Grid,
  candidates: GridRow[],
  lookup: CatalogueLookup,
  problems: ImportProblem[],
  columnName: (row: GridRow, column: number) => string,
): Layout | null {
  const header = candidates.find((row) =>
    row.cells.some((cell) => roleOf(headerText(cell)) === 'month'),
  );
  if (!header) return null;
  const roles: Layout['roles'] = {};
  const indicatorColumns: Layout['indicatorColumns'] = [];
  header.cells.forEach((cell, column) => {
    const text = headerText(cell);
    if (text === '') return;
    const role = roleOf(text);
    if (role && roles[role] === undefined) {
      roles[role] = column;
      return;
    }
    const indicator = lookup.indicator(text);
    if (indicator) {
      indicatorColumns.push({ column, indicator });
      return;
    }
    const suggestion = closestName(
      text.replace(/[(（][^()（）]*[)）]$/, ''),
      lookup.indicatorNames,
    );
    problems.push({
      severity: suggestion ? 'error' : 'warning',
      file: grid.file,
      ...(grid.sheet !== undefined && { sheet: grid.sheet }),
      row: header.rowNumber,
      column: columnName(header, column),
      value: text,
      message: suggestion
        ? `表头“${text}”不是已知指标，是否为“${suggestion}”？`
        : `表头“${text}”不是已知指标，此列未导入。`,
    });
  });
  return { headerRow: header.rowNumber, roles, indicatorColumns };
}

/** The rows where a header is looked for, and the rest of the grid's rows still to read. */
function firstRows(grid: Grid): { head: GridRow[]; rest: Iterator<GridRow> } {
  const rest = grid.rows[Symbol.iterator]();
  const head: GridRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = rest.next();
    if (next.done) break;
    head.push(next.value);
  }
  return { head, rest };
}

function* rowsOf(head: GridRow[], rest: Iterator<GridRow>): Generator<GridRow> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** Column letters made once per column, not once per figure. */
function columnLetters(): (column: number) => string {
  const letters: string[] = [];
  return (column) => (letters[column] ??= columnLetter(column));
}

type RowContext = {
  grid: Grid;
  row: GridRow;
  problems: ImportProblem[];
  columnName: (column: number) => string;
};

function problemAt(
  context: RowContext,
  column: number,
  message: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem {
  const cell = context.row.cells[column];
  return {
    severity,
    file: context.grid.file,
    ...(context.grid.sheet !== undefined && { sheet: context.grid.sheet }),
    row: context.row.rowNumber,
    column: context.columnName(column),
    value: cellText(cell),
    message,
  };
}

function readUnit(context: RowContext, column: number, lookup: CatalogueLookup): Unit | null {
  const cell = context.row.cells[column];
  const text = cellText(cell).trim();
  if (text === '') {
    context.problems.push(problemAt(context, column, '缺少盟市名称。'));
    return null;
  }
  const unit = lookup.unit(text);
  if (unit?.level === 'region') {
    context.problems.push(
      problemAt(context, column, '自治区的数字由各盟市合计得出，不单独导入；请按盟市填报。'),
    );
    return null;
  }
  if (unit && unit.level !== 'league-city') {
    const parent = lookup.reportingUnits.find((candidate) => candidate.id === unit.parentId);
    const where = parent ? `属${parent.name}的` : '';
    context.problems.push(
      problemAt(
        context,
        column,
        `“${unit.name}”是${where}旗县市区；导入按盟市填报，旗县市区的数字不单独导入，请填写${parent?.name ?? '所属盟市'}的数字。`,
      ),
    );
    return null;
  }
  if (unit) return unit;
  const suggestion = closestName(text, lookup.unitNames);
  context.problems.push(
    problemAt(
      context,
      column,
      suggestion ? `未知的盟市“${text}”，是否为“${suggestion}”？` : `未知的盟市“${text}”。`,
    ),
  );
  return null;
}

function readMonthCell(context: RowContext, column: number): string | null {
  const cell = context.row.cells[column];
  const month = readMonth(cell);
  if (month) return month;
  context.problems.push(
    problemAt(
      context,
      column,
      cellText(cell) === ''
        ? '缺少月份。'
        : `无法识别的月份“${cellText(cell)}”，请写作 2024-06 或 2024年6月。`,
    ),
  );
  return null;
}

const isWholeCount = (indicator: Indicator) =>
  indicator.kind === 'count' && indicator.unit !== '万件';

/** The value of one figure cell, checked against what its indicator allows; undefined when blank or wrong. */
function readFigure(
  context: RowContext,
  column: number,
  indicator: Indicator,
): { value: number | null; note?: string } | undefined {
  const entry = context.row.cells[column];
  const cell = cellObject(entry);
  if (cell?.mergedFrom) {
    if (cell.value === null) return undefined;
    context.problems.push(
      problemAt(
        context,
        column,
        `数值位于合并单元格中（合并自 ${cell.mergedFrom}），无法确定它属于哪个盟市和月份；请取消合并，每格填一个数。`,
      ),
    );
    return undefined;
  }
  const reading = readNumber(entry);
  if (reading.kind === 'blank') return undefined;
  // A gap is a gap; why it is one belongs in the note column.
  if (reading.kind === 'gap') return { value: null };
  const name = `“${indicator.name}”`;
  if (reading.kind === 'invalid') {
    context.problems.push(
      problemAt(context, column, `${name}的值“${cellText(entry)}”${reading.reason}。`),
    );
    return undefined;
  }
  const { value } = reading;
  if (reading.percentSign && indicator.unit !== '%') {
    context.problems.push(
      problemAt(context, column, `${name}的单位是“${indicator.unit}”，不应带“%”。`),
    );
    return undefined;
  }
  if (indicator.kind === 'rate' && indicator.unit === '%' && (value < 0 || value > 100)) {
    context.problems.push(
      problemAt(context, column, `${name}是比率，应在 0 到 100 之间，填的是 ${value}。`),
    );
    return undefined;
  }
  if (indicator.kind === 'count' && value < 0) {
    context.problems.push(problemAt(context, column, `${name}是数量，不能为负数（${value}）。`));
    return undefined;
  }
  if (isWholeCount(indicator) && !Number.isInteger(value)) {
    context.problems.push(
      problemAt(context, column, `${name}以“${indicator.unit}”计，应为整数，填的是 ${value}。`),
    );
    return undefined;
  }
  return { value };
}

function noteOf(context: RowContext, column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const text = cellText(context.row.cells[column]).trim();
  return text === '' ? undefined : text.slice(0, 300);
}

function outOfScope(indicator: Indicator, unit: Unit, lookup: CatalogueLookup): string | null {
  if (!indicator.scopeUnitIds || indicator.scopeUnitIds.includes(unit.id)) return null;
  const owners = lookup.reportingUnits
    .filter((candidate) => indicator.scopeUnitIds?.includes(candidate.id))
    .map((candidate) => candidate.name)
    .join('、');
  return `“${indicator.name}”只适用于${owners || '指定盟市'}，${unit.name}不填报此指标。`;
}

/**
 * Reads the figures of every grid of one file against the catalogue. Every problem is reported with
 * its place; nothing here decides whether the import goes ahead.
 */
export function interpretGrids(grids: Grid[], catalogue: Catalogue): Interpretation {
  const lookup = catalogueLookup(catalogue);
  const figures = new FigureList(grids[0]?.file ?? '');
  const problems: ImportProblem[] = [];
  // Where each (indicator, unit, month) was first read, as a position in `figures`.
  const seen = new KeyIndex();
  const letter = columnLetters();

  for (const grid of grids) {
    const { head, rest } = firstRows(grid);
    const layout = findLayout(grid, head, lookup, problems, (_, column) => letter(column));
    const where = { file: grid.file, ...(grid.sheet !== undefined && { sheet: grid.sheet }) };
    if (!layout) {
      const isInstructions =
        grid.sheet !== undefined && /说明|instructions|readme/i.test(grid.sheet);
      if (head.length > 0 && !isInstructions && !grid.hidden)
        problems.push({
          severity: 'error',
          ...where,
          message:
            '没有找到表头：需要一行含“月份”列的表头（以及“盟市”列和指标列，或“指标”“数值”列）。',
        });
      continue;
    }
    const headerRow = head.find((row) => row.rowNumber === layout.headerRow);
    const { roles } = layout;
    const long = roles.indicator !== undefined && roles.value !== undefined;
    if (roles.unit === undefined || (!long && layout.indicatorColumns.length === 0)) {
      problems.push({
        severity: 'error',
        ...where,
        row: layout.headerRow,
        message:
          roles.unit === undefined
            ? '表头缺少“盟市”列。'
            : '表头没有可识别的指标列：宽表每个指标一列，长表需有“指标”和“数值”两列。',
      });
      continue;
    }
    let formulaCount = 0;
    let firstFormula: { row: number; column: string } | null = null;
    const headerNames = headerRow?.cells.map((cell) => headerText(cell)) ?? [];
    // One context for the whole sheet, pointed at each row in turn: no allocation per row.
    const context: RowContext = {
      grid,
      row: headerRow ?? { rowNumber: 0, cells: [] },
      problems,
      columnName:
        grid.columnNames === 'letters' ? letter : (column) => headerNames[column] || letter(column),
    };
    const targets: Array<{ column: number; indicator: Indicator | undefined }> = long
      ? [{ column: roles.value as number, indicator: undefined }]
      : layout.indicatorColumns;
    for (const row of rowsOf(head, rest)) {
      if (row.rowNumber <= layout.headerRow) continue;
      context.row = row;
      // A row with no figure in it (a template row not filled in, a blank row) is skipped.
      let hasFigure = false;
      for (const { column } of targets)
        if (readNumber(row.cells[column]).kind !== 'blank') {
          hasFigure = true;
          break;
        }
      if (!hasFigure) continue;
      const unit = readUnit(context, roles.unit, lookup);
      const month = roles.month === undefined ? null : readMonthCell(context, roles.month);
      const note = noteOf(context, roles.note);
      for (const target of targets) {
        let indicator = target.indicator;
        if (long) {
          const column = roles.indicator as number;
          const text = cellText(row.cells[column]).trim();
          indicator = text === '' ? undefined : lookup.indicator(text);
          if (!indicator) {
            const suggestion = closestName(text, lookup.indicatorNames);
            problems.push(
              problemAt(
                context,
                column,
                text === ''
                  ? '缺少指标名称。'
                  : suggestion
                    ? `未知的指标“${text}”，是否为“${suggestion}”？`
                    : `未知的指标“${text}”。`,
              ),
            );
            continue;
          }
        }
        if (!indicator) continue;
        const cell = cellObject(row.cells[target.column]);
        if (cell?.formula && readNumber(cell).kind !== 'blank') {
          formulaCount += 1;
          firstFormula ??= { row: row.rowNumber, column: context.columnName(target.column) };
        }
        const figure = readFigure(context, target.column, indicator);
        if (!figure || !unit || !month) continue;
        const scopeProblem = outOfScope(indicator, unit, lookup);
        if (scopeProblem) {
          problems.push(problemAt(context, target.column, scopeProblem));
          continue;
        }
        const fields = {
          indicatorId: indicator.id,
          unitId: unit.id,
          period: month,
          value: figure.value,
          row: row.rowNumber,
          column: context.columnName(target.column),
          note,
          sheet: grid.sheet,
        };
        const key = figures.keyOf(fields);
        const earlierPosition = seen.get(key);
        if (earlierPosition !== undefined) {
          const earlier = figures.at(earlierPosition);
          const place = earlier.sheet !== grid.sheet ? `工作表“${earlier.sheet ?? ''}”` : '';
          problems.push(
            problemAt(
              context,
              target.column,
              `${unit.name} ${month}“${indicator.name}”重复填报：与本文件${place}第${earlier.row}行${earlier.column}列相同的盟市、月份和指标。`,
            ),
          );
          continue;
        }
        seen.set(key, figures.push(fields));
      }
    }
    if (formulaCount > 0 && firstFormula)
      problems.push({
        severity: 'warning',
        ...where,
        row: firstFormula.row,
        column: firstFormula.column,
        message: `有${formulaCount}个数值单元格是公式（如 ${firstFormula.column}${firstFormula.row}），已采用文件保存时的计算结果；如公式未重新计算，请在 Excel/WPS 中打开并保存后再导入。`,
      });
  }
  return { figures, problems };
}
