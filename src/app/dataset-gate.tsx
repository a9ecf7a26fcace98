import { Fragment, useEffect, type ReactNode } from 'react';
import { startDataset, useDatasetState } from '@/features/import/active-dataset';
import { useDataSourceId } from '@/lib/data-source';
import { useT } from '@/lib/i18n/translate';

/**
 * Opens the dataset the page starts with (imported here, published, or the API) before anything
 * asks for figures, and starts the page afresh whenever the dataset changes.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { ready } = useDatasetState();
  const sourceId = useDataSourceId();
  useEffect(() => {
    void startDataset();
  }, []);
  if (!ready)
    return (
      <p className="dataset-gate" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  return <Fragment key={sourceId}>{children}</Fragment>;
}
