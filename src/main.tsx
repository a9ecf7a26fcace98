import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startDataset } from '@/features/import/active-dataset';
import { holdRequestsUntil } from '@/lib/api-client';
import { languageReady } from '@/lib/i18n/language-store';
import { drawQueryResultsInTurns } from '@/lib/turns';
import '@/app/styles.css';

// With a real API configured, this branch is removed at build time, and the mocks with it.
const mockApi = import.meta.env.VITE_API_BASE_URL ? null : import('../mocks/browser');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The API's requests wait for the mock to start (its handlers in place, its worker started).
holdRequestsUntil(
  (mockApi?.then(({ startMockApi }) => startMockApi()) ?? Promise.resolve()).catch(
    (error: unknown) => {
      // The page still renders: each card then shows the API error, which says more than a blank page.
      console.error('The embedded mock API could not start', error);
    },
  ),
);

// The dataset the page opens with (an import kept on this machine, a published file, or the API) is
// looked for at once, while React renders the shell, not after that render.
void startDataset();

// Each card's new data is drawn in a task of its own, not every card in one (see turns.ts).
drawQueryResultsInTurns();

const render = () => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
// English, asked for by the link or saved on this machine, is a chunk of its own: the first render
// waits for it (a failure leaves the page in Chinese rather than blank). It waits for the embedded
// mock's chunk too (preloaded by index.html), whose worker then generates the sample beside that
// render rather than after it; until the dataset is known, React draws what index.html already shows.
void Promise.allSettled([languageReady, mockApi]).then(render);
