import { useRef, useState } from 'react';
import { useT } from '@/lib/i18n/translate';
import type { Dataset } from '@/schemas/api';
import { commitImportedDataset } from '../active-dataset';
import { fetchCurrentDataset } from '../current-dataset';
import { createImportRunner, ImportCancelled, type ImportRunner } from '../import-runner';
import type { ImportProgress } from '../import-session';
import type { ImportedFigure } from '../parse/interpret';
import { FILE_LIMITS, type FileInput } from '../parse/read-file';
import type { ImportPlan } from '../plan';
import { ImportPreview, namesOf } from './import-preview';
import { ModalDialog } from './modal-dialog';
import { ProblemTable } from './problem-table';

type Phase =
  | { step: 'choose'; message?: string }
  | { step: 'reading'; progress: ImportProgress | null }
  | { step: 'review'; plan: ImportPlan; current: Dataset; files: string[] }
  | { step: 'applying'; plan: ImportPlan; current: Dataset; files: string[] };

async function toInput(file: File): Promise<FileInput> {
  // A file over the limit is refused by its size, without reading it into memory.
  if (file.size > FILE_LIMITS.maxBytes)
    return { name: file.name, bytes: new Uint8Array(0), size: file.size };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export default function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [choices, setChoices] = useState<Map<string, ImportedFigure>>(new Map());
  const [dragging, setDragging] = useState(false);
  const runner = useRef<ImportRunner | null>(null);

  const start = async (files: File[]) => {
    if (files.length === 0) return;
    setPhase({ step: 'reading', progress: null });
    setChoices(new Map());
    try {
      const [current, inputs] = await Promise.all([
        fetchCurrentDataset(),
        Promise.all(files.map(toInput)),
      ]);
      runner.current?.cancel();
      const active = createImportRunner(current);
      runner.current = active;
      const plan = await active.read(inputs, (progress) => setPhase({ step: 'reading', progress }));
      if (runner.current !== active) return;
      setPhase({ step: 'review', plan, current, files: files.map((file) => file.name) });
    } catch (error) {
      setPhase({
        step: 'choose',
        message:
          error instanceof ImportCancelled
            ? t('import.cancelled')
            : t('import.failed', {
                reason: error instanceof Error ? error.message : String(error),
              }),
      });
    }
  };

  const cancel = () => {
    runner.current?.cancel();
    runner.current = null;
    setPhase({ step: 'choose', message: t('import.cancelled') });
  };

  const confirm = async () => {
    if (phase.step !== 'review' || !runner.current) return;
    setPhase({ ...phase, step: 'applying' });
    try {
      const now = new Date();
      const dataset = await runner.current.apply(choices, now);
      await commitImportedDataset(dataset, phase.files, now);
      onClose();
    } catch (error) {
      setPhase({
        step: 'choose',
        message: t('import.failed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  const close = () => {
    runner.current?.cancel();
    onClose();
  };

  const again = () => setPhase({ step: 'choose' });

  return (
    <ModalDialog
      title={t('import.title')}
      closeLabel={t('import.close')}
      onClose={close}
      busy={phase.step === 'reading' || phase.step === 'applying'}
    >
      {phase.step === 'choose' && (
        <div
          className="import-dialog__drop"
          data-dragging={dragging || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void start([...event.dataTransfer.files]);
          }}
        >
          <p>{t('import.intro')}</p>
          <p>
            {t('import.drop')}{' '}
            <label className="import-dialog__choose">
              {t('import.choose')}
              <input
                type="file"
                multiple
                accept=".xlsx,.xlsm,.csv,.txt,.tsv,.json"
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])];
                  event.target.value = '';
                  void start(files);
                }}
              />
            </label>
          </p>
          {phase.message && <p role="status">{phase.message}</p>}
        </div>
      )}
      {phase.step === 'reading' && (
        <div className="import-dialog__reading" role="status">
          <p>{t('import.reading', { file: phase.progress?.file ?? '' })}</p>
          <progress
            aria-label={t('import.progress')}
            max={phase.progress?.total ?? 1}
            value={(phase.progress?.done ?? 0) + (phase.progress?.fraction ?? 0)}
          />
          <button type="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {(phase.step === 'review' || phase.step === 'applying') && (
        <Review
          plan={phase.plan}
          current={phase.current}
          choices={choices}
          applying={phase.step === 'applying'}
          onChoose={(key, figure) => setChoices((previous) => new Map(previous).set(key, figure))}
          onConfirm={() => void confirm()}
          onAgain={again}
          onCancel={close}
        />
      )}
    </ModalDialog>
  );
}

function Review({
  plan,
  current,
  choices,
  applying,
  onChoose,
  onConfirm,
  onAgain,
  onCancel,
}: {
  plan: ImportPlan;
  current: Dataset;
  choices: ReadonlyMap<string, ImportedFigure>;
  applying: boolean;
  onChoose: (key: string, figure: ImportedFigure) => void;
  onConfirm: () => void;
  onAgain: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errors = plan.problems.filter((problem) => problem.severity === 'error');
  const warnings = plan.problems.filter((problem) => problem.severity === 'warning');
  const figures = plan.addedCount + plan.changedCount + plan.unchanged + plan.conflicts.length;
  const settled = plan.conflicts.every((conflict) => choices.has(conflict.key));
  return (
    <div className="import-dialog__review">
      <h3>{t('import.files')}</h3>
      <ul>
        {plan.files.map((file) => (
          <li key={file.file}>
            {t('import.fileLine', {
              file: file.file,
              format: file.format.toUpperCase(),
              encoding: file.encoding ? ` · ${file.encoding.toUpperCase()}` : '',
              count: file.figures,
            })}
          </li>
        ))}
      </ul>
      {errors.length > 0 ? (
        <div role="alert" className="import-dialog__errors">
          <h3>{t('import.errorsTitle', { count: errors.length })}</h3>
          <p>{t('import.errorsHint')}</p>
          <ProblemTable
            problems={errors}
            caption={t('import.errorsTitle', { count: errors.length })}
          />
        </div>
      ) : figures === 0 ? (
        <p role="alert">{t('import.nothing')}</p>
      ) : (
        <>
          {current.meta.isSample && !plan.datasetFile && (
            <p className="import-dialog__note">{t('import.onSample')}</p>
          )}
          <ImportPreview
            plan={plan}
            names={namesOf(current)}
            choices={choices}
            onChoose={onChoose}
          />
        </>
      )}
      {warnings.length > 0 && (
        <details className="import-dialog__warnings" open={errors.length === 0}>
          <summary>{t('import.warningsTitle', { count: warnings.length })}</summary>
          <ProblemTable
            problems={warnings}
            caption={t('import.warningsTitle', { count: warnings.length })}
          />
        </details>
      )}
      <div className="import-dialog__actions">
        {errors.length === 0 && figures > 0 && (
          <button
            type="button"
            className="import-dialog__primary"
            disabled={!settled || applying}
            onClick={onConfirm}
          >
            {t('import.confirm')}
          </button>
        )}
        <button type="button" onClick={onAgain} disabled={applying}>
          {t('import.again')}
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
