import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import { describeExportFailure } from '@/features/export/export-errors';
import { ExportStatusLines, type ExportStatus } from '@/features/export/export-menu';
import { drawEveryChart } from '@/features/charts/near-viewport';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { BriefingDialog, type BriefingChoice } from './briefing-dialog';
import { DashboardViewProvider, useDashboardView } from './dashboard-view';
import { exportProvenance, failureMessage, fileNameContext } from './export-context';
import { useCatalog, type Catalog } from './use-catalog';
import { printReport } from './use-print-layout';

type Format = 'pdf' | 'docx';

/**
 * The whole dashboard as a PDF report or a Word briefing. It sits in the page header, outside the
 * page's view provider, so it derives the same view from the same store and cached catalogue.
 */
export function DashboardExport() {
  const { catalog } = useCatalog();
  if (!catalog) return <DashboardExportWaiting />;
  return (
    <DashboardViewProvider catalog={catalog}>
      <DashboardExportButtons catalog={catalog} />
    </DashboardViewProvider>
  );
}

/** The same buttons, unavailable until the data is there: the header keeps its layout as it loads. */
function DashboardExportWaiting() {
  const t = useT();
  return (
    <div
      role="group"
      aria-label={t('export.dashboardActions')}
      className="export-menu dashboard-export"
    >
      {(['export.dashboardPdf', 'export.dashboardDocx', 'export.print'] as const).map((key) => (
        <Fragment key={key}>
          <button type="button" className="button" disabled>
            {t(key)}
          </button>{' '}
        </Fragment>
      ))}
    </div>
  );
}

function DashboardExportButtons({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const view = useDashboardView();
  const client = useQueryClient();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [running, setRunning] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const start = async (format: Format, briefing?: BriefingChoice) => {
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setStatus({ tone: 'info', text: t('export.working') });
    try {
      // Everything heavy (charts to images, pdf-lib, docx, the font) loads only now.
      const [{ exportDashboard }, { loadLiveTexts }, { plainText }, { loadNextSteps }, pace] =
        await Promise.all([
          import('@/features/export/dashboard-export'),
          import('./live-text-data'),
          import('./live-text'),
          import('./briefing-next-steps'),
          import('./pace-report'),
          // The report copies drawn charts: those below the fold are drawn now.
          drawEveryChart(),
        ]);
      const title = pickLabel(view.language, view.meta.title, view.meta.titleEn);
      // The same text the page opens each section with, as plain text.
      const [texts, paceRows] = await Promise.all([
        loadLiveTexts(client, view, catalog.units),
        pace.loadPaceRows(client, view),
      ]);
      const paragraphs = Object.fromEntries(
        Object.entries(texts).map(([id, items]) => [id, items.map(plainText)]),
      );
      const name = await exportDashboard(format, {
        root: document.querySelector('main') ?? document,
        provenance: exportProvenance(view, title),
        paragraphs: { ...paragraphs, 'pace-heading': pace.paceSentences(paceRows, view) },
        ...(briefing && {
          briefing: { settings: briefing.settings, nextSteps: await loadNextSteps(client, view) },
          include: briefing.include,
        }),
        names: fileNameContext(view),
        signal: abort.signal,
        onProgress: (progress) =>
          setStatus({
            tone: 'info',
            text:
              progress === 'assembling'
                ? t('export.assembling')
                : t('export.progress', { done: progress.done, total: progress.total }),
          }),
      });
      setStatus({ tone: 'info', text: t('export.saved', { name }) });
    } catch (error) {
      const failure = describeExportFailure(error);
      setStatus({
        tone: failure.kind === 'cancelled' ? 'info' : 'error',
        text: failureMessage(view, failure),
      });
    } finally {
      controller.current = null;
      setRunning(false);
    }
  };

  return (
    <div
      role="group"
      aria-label={t('export.dashboardActions')}
      className="export-menu dashboard-export"
    >
      <button type="button" className="button" disabled={running} onClick={() => void start('pdf')}>
        {t('export.dashboardPdf')}
      </button>{' '}
      <button
        type="button"
        className="button"
        disabled={running}
        // The dialog offers every chart, so those below the fold are drawn before it opens.
        onClick={() => void drawEveryChart().then(() => setChoosing(true))}
      >
        {t('export.dashboardDocx')}
      </button>{' '}
      <button
        type="button"
        className="button"
        disabled={running}
        title={t('export.printHint')}
        onClick={() => void printReport()}
      >
        {t('export.print')}
      </button>{' '}
      {running && (
        <button type="button" className="link-button" onClick={() => controller.current?.abort()}>
          {t('export.cancel')}
        </button>
      )}
      <ExportStatusLines status={status} />
      {choosing && (
        <BriefingDialog
          onCancel={() => setChoosing(false)}
          onConfirm={(choice) => {
            setChoosing(false);
            void start('docx', choice);
          }}
        />
      )}
    </div>
  );
}
