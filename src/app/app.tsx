import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FilterStoreProvider } from '@/features/filters/filter-store';
import { createQueryClient } from '@/lib/query-client';
import { DashboardPage } from './dashboard-page';
import { DatasetGate } from './dataset-gate';

/** The whole app; tests pass their own QueryClient (retries off) and start from a given URL. */
export function App({ queryClient: givenClient }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <FilterStoreProvider>
        <DatasetGate>
          <DashboardPage />
        </DatasetGate>
      </FilterStoreProvider>
    </QueryClientProvider>
  );
}
