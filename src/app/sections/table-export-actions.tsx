import { useState } from 'react';
import { describeExportFailure } from '@/features/export/export-errors';
import { ExportMenu, type ExportStatus } from '@/features/export/export-menu';
import type { DataTable } from '@/lib/data-table';
import { useT } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { exportProvenance, failureMessage, fileNameContext } from '../export-context';

type TableFormat = 'csv' | 'xlsx';

/** CSV and Excel of a table that is not a chart (the task list, the 进度预警 list), as a chart's menu makes them. */
export function TableExportActions({ table, title }: { table: DataTable; title: string }) {
  const t = useT();
  const view = useDashboardView();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (format: TableFormat) => {
    setBusy(true);
    setStatus({ tone: 'info', text: t('export.working') });
    try {
      const { exportChart } = await import('@/features/export/chart-export');
      const name = await exportChart(
        format,
        { chartNode: null, table, title },
        exportProvenance(view, title),
        fileNameContext(view),
      );
      setStatus({ tone: 'info', text: t('export.saved', { name }) });
    } catch (error) {
      setStatus({ tone: 'error', text: failureMessage(view, describeExportFailure(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ExportMenu<TableFormat>
      label={t('export.menu')}
      items={[
        { id: 'csv', label: t('export.csv') },
        { id: 'xlsx', label: t('export.xlsx') },
      ]}
      onSelect={(format) => void choose(format)}
      onOpen={() => setStatus(null)}
      status={status}
      busy={busy}
    />
  );
}
