import { useState } from 'react';
import type { CardActionsContext } from '@/features/charts/chart-card';
import { drawChartIn } from '@/features/charts/near-viewport';
import type { ChartExportFormat } from '@/features/export/chart-export';
import { describeExportFailure } from '@/features/export/export-errors';
import { ExportMenu, type ExportStatus } from '@/features/export/export-menu';
import { copyImageToClipboard } from '@/features/export/save-file';
import { useT } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { exportProvenance, failureMessage, fileNameContext } from '../export-context';

type MenuChoice = ChartExportFormat | 'copy';

// The builders (canvas, SVG, CSV, the spreadsheet writer) load on first use, not with the page.
const loadChartExport = () => import('@/features/export/chart-export');

/** A card's export menu: PNG, SVG, CSV, Excel and copy-to-clipboard of the chart as shown. */
export function ExportActions({ context }: { context: CardActionsContext }) {
  const t = useT();
  const view = useDashboardView();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const needsChart = (choice: MenuChoice) => choice !== 'csv' && choice !== 'xlsx';

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setStatus({ tone: 'info', text: t('export.working') });
    try {
      setStatus({ tone: 'info', text: await work() });
    } catch (error) {
      setStatus({ tone: 'error', text: failureMessage(view, describeExportFailure(error)) });
    } finally {
      setBusy(false);
    }
  };

  const choose = (choice: MenuChoice) => {
    if (needsChart(choice) && !context.chartNode) {
      setStatus({ tone: 'error', text: t('export.error.needsChart') });
      return;
    }
    const provenance = { ...exportProvenance(view, context.title), subtitle: context.subtitle };
    // Chosen before the chart came near the screen, or while its code was loading: drawn first.
    const drawn =
      needsChart(choice) && context.chartNode ? drawChartIn(context.chartNode) : Promise.resolve();
    if (choice === 'copy') {
      // Started inside the click, with the image still to come: Safari allows clipboard writes
      // only from within the user's gesture, and accepts a promise of the image for this.
      const png = Promise.all([loadChartExport(), drawn]).then(([module]) =>
        module.chartPngBlob(context, provenance),
      );
      void run(async () => {
        await copyImageToClipboard(png);
        return t('export.copied');
      });
      return;
    }
    void run(async () => {
      const [{ exportChart }] = await Promise.all([loadChartExport(), drawn]);
      const name = await exportChart(choice, context, provenance, fileNameContext(view));
      return t('export.saved', { name });
    });
  };

  return (
    <ExportMenu<MenuChoice>
      label={t('export.menu')}
      items={[
        { id: 'png', label: t('export.png') },
        { id: 'svg', label: t('export.svg') },
        { id: 'csv', label: t('export.csv') },
        { id: 'xlsx', label: t('export.xlsx') },
        { id: 'copy', label: t('export.copy') },
      ]}
      onSelect={choose}
      onOpen={() => setStatus(null)}
      status={status}
      busy={busy}
    />
  );
}
