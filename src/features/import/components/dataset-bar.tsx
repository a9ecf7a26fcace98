import { lazy, Suspense, useState } from 'react';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import type { Dataset } from '@/schemas/api';
import {
  deleteImportedData,
  dismissNotice,
  showDefaultDataset,
  showImportedDataset,
  undoLastImport,
  useDatasetState,
  type DatasetState,
} from '../active-dataset';
import { fetchCurrentDataset } from '../current-dataset';

// The dialogs bring the parsers and the XLSX writer: loaded when first opened, not with the page.
const ImportDialog = lazy(() => import('./import-dialog'));
const TemplateDialog = lazy(() => import('./template-dialog'));

type Catalogue = Pick<Dataset, 'units' | 'indicators' | 'initiatives' | 'meta'>;
type SaveFile = (blob: Blob, fileName: string) => void;

const pad = (value: number) => String(value).padStart(2, '0');

function useImportedDetail() {
  const t = useT();
  const language = useLanguage();
  return (info: { files: string[]; importedAt: string }) => {
    const when = new Date(info.importedAt);
    const date = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
    const time = `${formatDate(date, language)} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
    return t('dataset.importedDetail', { files: info.files.join('、'), time });
  };
}

/** Which dataset the page shows: 示例数据 (the badge beside), 接口数据, 发布数据, or 导入数据 with its files and time. */
export function DatasetLabel({ isSample }: { isSample: boolean }) {
  const t = useT();
  const state = useDatasetState();
  const detail = useImportedDetail();
  const { shown } = state;
  if (shown.kind === 'imported')
    return (
      <span className="dataset-label" data-testid="dataset-label" data-kind="imported">
        <strong>{t('dataset.imported')}</strong> <span>{detail(shown.info)}</span>
      </span>
    );
  if (shown.kind === 'published')
    return (
      <span className="dataset-label" data-testid="dataset-label" data-kind="published">
        <strong>{t('dataset.published')}</strong>
      </span>
    );
  // The sample badge already says 示例数据; a real API needs saying.
  if (isSample) return null;
  return (
    <span className="dataset-label" data-testid="dataset-label" data-kind="api">
      <strong>{t('dataset.api')}</strong>
    </span>
  );
}

const noticeMessages = {
  'storage-damaged': 'dataset.storageDamaged',
  'engine-failed': 'dataset.engineFailed',
  'published-failed': 'dataset.publishedFailed',
} as const;

export function DatasetNotice() {
  const t = useT();
  const { notice } = useDatasetState();
  if (!notice) return null;
  return (
    <div className="dataset-notice" role="alert">
      <p>{t(noticeMessages[notice.kind], { detail: notice.detail })}</p>
      {notice.kind === 'storage-damaged' && (
        <button type="button" onClick={() => void deleteImportedData()}>
          {t('dataset.delete')}
        </button>
      )}
      <button type="button" onClick={dismissNotice}>
        {t('dataset.dismiss')}
      </button>
    </div>
  );
}

function DatasetMenu({ state, saveFile }: { state: DatasetState; saveFile: SaveFile }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const exportDataset = (format: 'json' | 'xlsx') =>
    run(async () => {
      const [dataset, exporter] = await Promise.all([
        fetchCurrentDataset(),
        import('../dataset-export'),
      ]);
      const blob =
        format === 'json' ? exporter.datasetJson(dataset) : await exporter.datasetXlsx(dataset);
      saveFile(blob, exporter.datasetFileName(dataset, format));
    });
  const imported = state.shown.kind === 'imported';
  return (
    <details className="dataset-menu">
      <summary className="button">{t('dataset.menu')}</summary>
      <div className="dataset-menu__items" aria-busy={busy || undefined}>
        {state.shown.kind === 'imported' && state.shown.canUndo && (
          <button type="button" disabled={busy} onClick={() => void run(undoLastImport)}>
            {t('dataset.undo')}
          </button>
        )}
        {imported && (
          <button type="button" disabled={busy} onClick={() => void run(showDefaultDataset)}>
            {t('dataset.showDefault')}
          </button>
        )}
        {!imported && state.stored && (
          <button type="button" disabled={busy} onClick={() => void run(showImportedDataset)}>
            {t('dataset.showImported')}
          </button>
        )}
        {state.stored && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('dataset.deleteConfirm'))) void run(deleteImportedData);
            }}
          >
            {t('dataset.delete')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => void exportDataset('json')}>
          {t('dataset.exportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportDataset('xlsx')}>
          {t('dataset.exportXlsx')}
        </button>
      </div>
    </details>
  );
}

/** The header's import controls: 导入数据, 下载填报模板 and the dataset menu. */
export function ImportActions({
  catalogue,
  saveFile,
}: {
  catalogue: Catalogue | undefined;
  saveFile: SaveFile;
}) {
  const t = useT();
  const state = useDatasetState();
  const [open, setOpen] = useState<'import' | 'template' | null>(null);
  return (
    <div className="import-actions">
      <button type="button" className="button" onClick={() => setOpen('import')}>
        {t('import.open')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!catalogue}
        onClick={() => setOpen('template')}
      >
        {t('import.template')}
      </button>
      <DatasetMenu state={state} saveFile={saveFile} />
      <Suspense fallback={null}>
        {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
        {open === 'template' && catalogue && (
          <TemplateDialog catalogue={catalogue} saveFile={saveFile} onClose={() => setOpen(null)} />
        )}
      </Suspense>
    </div>
  );
}
