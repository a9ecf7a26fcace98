import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { DatasetGate } from '@/app/dataset-gate';
import { resetDatasetState } from '@/features/import/active-dataset';
import { metaQueryOptions } from '@/features/reports/api/get-meta';
import { clearStorage } from '../support/import-storage';
import { createTestQueryClient } from './render-app';

// The catalogue is asked for by the dataset gate as soon as the dataset shown is known, not by the
// dashboard's first render (which comes later, deferred): the page under the gate asks for nothing.

describe('the dataset gate', () => {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname.replace('/api/v1', ''));
  };
  beforeEach(async () => {
    resetDatasetState();
    await clearStorage();
    paths.length = 0;
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
    resetDatasetState();
  });

  it("asks for the shown dataset's catalogue once it is known, whatever the page under it asks for", async () => {
    const client = createTestQueryClient();
    render(
      <QueryClientProvider client={client}>
        <DatasetGate>
          <p>a page that asks for nothing</p>
        </DatasetGate>
      </QueryClientProvider>,
    );
    await screen.findByText('a page that asks for nothing');
    await waitFor(() =>
      expect([...paths].sort()).toEqual(['/indicators', '/initiatives', '/meta', '/units']),
    );
    // Under the keys the dashboard reads them by: it finds them in the cache.
    await waitFor(() =>
      expect(client.getQueryState(metaQueryOptions().queryKey)?.status).toBe('success'),
    );
  });
});
