import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useDeferredValue, useEffect, type ReactNode } from 'react';
import { startDataset, useDatasetState } from '@/features/import/active-dataset';
import { useDataSourceId } from '@/lib/data-source';
import { useT } from '@/lib/i18n/translate';
import { prefetchCatalog } from './use-catalog';

/**
 * Opens the dataset the page starts with (imported here, published, or the API) before anything
 * asks for figures, and starts the page afresh whenever the dataset changes.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const t = useT();
  // The page is drawn, and started afresh, in an interruptible render: unmounting a dashboard of
  // 1,000 units and mounting the next in the task that opened the dataset held the page 50–90 ms.
  const latestReady = useDatasetState().ready;
  const ready = useDeferredValue(latestReady);
  const latestSourceId = useDataSourceId();
  const sourceId = useDeferredValue(latestSourceId);
  const client = useQueryClient();
  // main.tsx has started it before React's first render; this is for an App rendered on its own
  // (the tests). It is started once either way.
  useEffect(() => {
    void startDataset();
  }, []);
  // The catalogue is asked for once the dataset is known, before the page's deferred render.
  useEffect(() => {
    if (latestReady) prefetchCatalog(client);
  }, [client, latestReady, latestSourceId]);
  if (!ready)
    return (
      <p className="dataset-gate" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  return (
    <>
      {/* Until the page has followed a dataset switch, it says so: what is on screen is going. */}
      {sourceId !== latestSourceId && (
        <p className="visually-hidden" role="status" aria-busy="true">
          {t('app.loading')}
        </p>
      )}
      <Fragment key={sourceId}>{children}</Fragment>
    </>
  );
}
