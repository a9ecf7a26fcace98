/// <reference lib="webworker" />
import { serveQueries } from '@/lib/query-engine/query-worker-serve';
import type { EngineOpened } from './dataset-engine';
import { openDataset, type DatasetOrigin } from './dataset-origin';

// The query engine off the main thread: reading a stored or published dataset of a million
// observations, indexing it and answering a query over it never holds up a click.
serveQueries<DatasetOrigin, EngineOpened>(self, async (origin) => {
  const opened = await openDataset(origin);
  return (
    opened && {
      dataset: opened.dataset,
      opened: { observations: opened.dataset.observations.length, info: opened.info },
    }
  );
});
