import { useT } from '@/lib/i18n/translate';
import type { ImportProblem } from '../parse/problems';

const MAX_ROWS = 1000;

/** Every problem with its place: file, sheet, row, column, the value and why. */
export function ProblemTable({
  problems,
  caption,
}: {
  problems: ImportProblem[];
  caption: string;
}) {
  const t = useT();
  const shown = problems.slice(0, MAX_ROWS);
  return (
    <div className="import-dialog__table-wrap">
      <table className="import-dialog__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.file')}</th>
            <th scope="col">{t('import.col.sheet')}</th>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('import.col.column')}</th>
            <th scope="col">{t('import.col.value')}</th>
            <th scope="col">{t('import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, index) => (
            <tr key={index} data-severity={problem.severity}>
              <td>{problem.file}</td>
              <td>{problem.sheet ?? ''}</td>
              <td>{problem.row ?? ''}</td>
              <td>{problem.column ?? ''}</td>
              <td>{problem.value ?? ''}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && (
        <p>{t('import.moreRows', { count: problems.length - shown.length })}</p>
      )}
    </div>
  );
}
