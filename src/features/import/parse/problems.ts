/** One thing wrong (or worth knowing) about an imported file, located as precisely as the file allows. */
export type ImportProblem = {
  severity: 'error' | 'warning';
  file: string;
  sheet?: string;
  /** 1-based row as the spreadsheet program shows it. */
  row?: number;
  /** Column letter (A, B, …) for a spreadsheet, or the column's header for a CSV. */
  column?: string;
  value?: string;
  /** Why, in Chinese: the working language of the people who fix the file. */
  message: string;
};

export class ImportRefusal extends Error {
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem) {
    super(problem.message);
    this.name = 'ImportRefusal';
    this.problem = problem;
  }
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "文件 a.xlsx，工作表 积案化解，第 5 行，C 列" — where a problem is, as the user would look for it. */
export function describeLocation(problem: ImportProblem): string {
  const parts = [`文件“${problem.file}”`];
  if (problem.sheet) parts.push(`工作表“${problem.sheet}”`);
  if (problem.row !== undefined) parts.push(`第${problem.row}行`);
  if (problem.column) parts.push(`${problem.column}列`);
  return parts.join('，');
}
