import { useEffect, useState } from 'react';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import type { CurrentNames } from '../import-session';
import type { ImportedFigure } from '../parse/interpret';
import type { ImportPlan } from '../plan';

const MAX_CHANGED_ROWS = 200;
/** Rows added to each list per frame: two hundred rows laid out at once held the page ~100 ms. */
const ROWS_PER_FRAME = 40;

/**
 * How many rows of the lists to show: a first screenful at once, then more each frame until all
 * are there. The rest sit below the fold of their scrolling box, so no one sees them arrive.
 */
function useRowsShown(plan: ImportPlan): number {
  const [shown, setShown] = useState({ plan, rows: ROWS_PER_FRAME });
  if (shown.plan !== plan) setShown({ plan, rows: ROWS_PER_FRAME });
  const longest = Math.max(plan.added.length, plan.changed.length);
  const done = shown.plan === plan && shown.rows >= longest;
  useEffect(() => {
    if (done) return;
    const frame = requestAnimationFrame(() =>
      setShown((current) => ({ plan: current.plan, rows: current.rows + ROWS_PER_FRAME })),
    );
    return () => cancelAnimationFrame(frame);
  }, [done, shown]);
  return shown.plan === plan ? shown.rows : ROWS_PER_FRAME;
}

type Names = { unit: (id: string) => string; indicator: (id: string) => string };

export function namesOf(current: CurrentNames): Names {
  const units = new Map(current.units.map((unit) => [unit.id, unit.name]));
  const indicators = new Map(current.indicators.map((indicator) => [indicator.id, indicator.name]));
  return { unit: (id) => units.get(id) ?? id, indicator: (id) => indicators.get(id) ?? id };
}

function useValueText() {
  const t = useT();
  const language = useLanguage();
  return (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('import.gap')
      : // The figure exactly as it will be stored: every decimal it has, none added.
        formatNumber(value, language, Math.min(6, (String(value).split('.')[1] ?? '').length));
}

/** What the import will change: counts, the corrected figures, the conflicts to settle, what is still missing. */
export function ImportPreview({
  plan,
  names,
  choices,
  onChoose,
}: {
  plan: ImportPlan;
  names: Names;
  choices: ReadonlyMap<string, ImportedFigure>;
  onChoose: (key: string, figure: ImportedFigure) => void;
}) {
  const t = useT();
  const valueText = useValueText();
  const rowsShown = useRowsShown(plan);
  const place = (figure: ImportedFigure) =>
    `${figure.sheet ? ` · ${figure.sheet}` : ''} · ${figure.column}${figure.row}`;
  const conflictFiles = [
    ...new Set(plan.conflicts.flatMap((conflict) => conflict.options.map((option) => option.file))),
  ];
  return (
    <section className="import-dialog__preview" aria-label={t('import.previewTitle')}>
      <h3>{t('import.previewTitle')}</h3>
      <p className="import-dialog__counts">
        <span data-testid="import-added">{t('import.added', { count: plan.addedCount })}</span>
        <span data-testid="import-changed">
          {t('import.changed', { count: plan.changedCount })}
        </span>
        <span data-testid="import-unchanged">
          {t('import.unchanged', { count: plan.unchanged })}
        </span>
        {plan.period && <span>{t('import.period', plan.period)}</span>}
      </p>
      {plan.addedCount > 0 && (
        <div className="import-dialog__table-wrap">
          <table className="import-dialog__table">
            <caption>{t('import.addedTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.unit')}</th>
                <th scope="col">{t('import.col.month')}</th>
                <th scope="col">{t('import.col.indicator')}</th>
                <th scope="col">{t('import.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.added.slice(0, Math.min(MAX_CHANGED_ROWS, rowsShown)).map((change) => (
                <tr key={change.key}>
                  <td>{names.unit(change.unitId)}</td>
                  <td>{change.period}</td>
                  <td>{names.indicator(change.indicatorId)}</td>
                  <td>{valueText(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.addedCount > plan.added.length && (
            <p>{t('import.moreRows', { count: plan.addedCount - plan.added.length })}</p>
          )}
        </div>
      )}
      {plan.changedCount > 0 && (
        <div className="import-dialog__table-wrap">
          <table className="import-dialog__table">
            <caption>{t('import.changedTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.unit')}</th>
                <th scope="col">{t('import.col.month')}</th>
                <th scope="col">{t('import.col.indicator')}</th>
                <th scope="col">{t('import.col.before')}</th>
                <th scope="col">{t('import.col.after')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.changed.slice(0, Math.min(MAX_CHANGED_ROWS, rowsShown)).map((change) => (
                <tr key={change.key}>
                  <td>{names.unit(change.unitId)}</td>
                  <td>{change.period}</td>
                  <td>{names.indicator(change.indicatorId)}</td>
                  <td>{valueText(change.before)}</td>
                  <td>{valueText(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.changedCount > plan.changed.length && (
            <p>{t('import.moreRows', { count: plan.changedCount - plan.changed.length })}</p>
          )}
        </div>
      )}
      {plan.conflicts.length > 0 && (
        <fieldset className="import-dialog__conflicts">
          <legend>{t('import.conflictsTitle', { count: plan.conflicts.length })}</legend>
          <div className="import-dialog__use-all">
            {conflictFiles.map((file) => (
              <button
                key={file}
                type="button"
                onClick={() => {
                  for (const conflict of plan.conflicts) {
                    const option = conflict.options.find((candidate) => candidate.file === file);
                    if (option) onChoose(conflict.key, option);
                  }
                }}
              >
                {t('import.useAll', { file })}
              </button>
            ))}
          </div>
          {plan.conflicts.map((conflict) => (
            <div
              key={conflict.key}
              role="radiogroup"
              aria-label={`${names.unit(conflict.unitId)} ${conflict.period} ${names.indicator(conflict.indicatorId)}`}
              className="import-dialog__conflict"
            >
              <span>
                {names.unit(conflict.unitId)} {conflict.period}{' '}
                {names.indicator(conflict.indicatorId)}
              </span>
              {conflict.options.map((option) => (
                <label key={`${option.file}${option.sheet ?? ''}${option.row}`}>
                  <input
                    type="radio"
                    name={conflict.key}
                    checked={choices.get(conflict.key) === option}
                    onChange={() => onChoose(conflict.key, option)}
                  />
                  {t('import.conflictOption', {
                    value: valueText(option.value),
                    file: option.file,
                    place: place(option),
                  })}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      <h4>{t('import.missingTitle')}</h4>
      {plan.missing.length === 0 ? (
        <p>{t('import.missingNone')}</p>
      ) : (
        <ul className="import-dialog__missing">
          {plan.missing.map((item) => (
            <li key={item.unitId}>
              {names.unit(item.unitId)}：{item.months.join('、')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
