import { useMemo, useState, type MouseEvent } from 'react';
import { CardError, StaleNotice } from '@/features/charts/card-states';
import { useObservations } from '@/features/reports/api/get-observations';
import { formatNumber } from '@/lib/format';
import { gapOf, type PaceRow } from '@/lib/pace';
import { useDashboardView, useViewT } from '../dashboard-view';
import {
  behindRows,
  chartOf,
  paceIndicators,
  paceMethod,
  paceQueries,
  paceRowsOf,
  paceSentences,
  paceTable,
} from '../pace-report';
import { ReportSection } from './report-section';
import { TableExportActions } from './table-export-actions';
import { SortableHeader, type SortState } from '@/components/ui/sortable-header';

type SortKey = 'unit' | 'indicator' | 'expected' | 'actual' | 'gap';

/** Rows listed before "show all": hundreds of counties behind pace would bury the page. */
const ROWS_SHOWN = 24;

/** Scrolls to the card that draws the indicator, when it is on the page; else the link's own target. */
function goToChart(event: MouseEvent<HTMLAnchorElement>, card: string) {
  const node = document.querySelector<HTMLElement>(`[data-card="${CSS.escape(card)}"]`);
  if (!node) return;
  event.preventDefault();
  node.scrollIntoView({ block: 'start' });
  node.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
  node.querySelector<HTMLElement>('h3')?.focus();
}

/** 进度预警: the units behind 时间进度 on each target, and who will not make the due date. */
export function PaceSection() {
  const t = useViewT();
  const view = useDashboardView();
  const indicators = paceIndicators(view);
  const queries = paceQueries(view, indicators);
  const enabled = indicators.length > 0;
  const perUnit = useObservations(queries.perUnit, { enabled });
  const combined = useObservations(queries.combined, { enabled });
  const [sort, setSort] = useState<SortState<SortKey>>({
    key: 'gap',
    ascending: true,
  });
  const [showAll, setShowAll] = useState(false);
  const perUnitData = perUnit.data;
  const combinedData = combined.data;
  // Thousands of unit × indicator rows at county scale: worked out once per answer, not per render.
  const rows = useMemo(
    () =>
      perUnitData && combinedData
        ? paceRowsOf(view, paceIndicators(view), [...perUnitData.points, ...combinedData.points])
        : [],
    [view, perUnitData, combinedData],
  );
  const ready = perUnitData && combinedData;
  const behind = useMemo(
    () => sortRows(behindRows(rows), sort.key, sort.ascending, view),
    [rows, sort, view],
  );
  if (!enabled) return null;

  const failed = perUnit.isError ? perUnit : combined.isError ? combined : null;
  const table = paceTable(behind, view);
  const listed = showAll ? behind : behind.slice(0, ROWS_SHOWN);
  const columns: Array<{ key: SortKey; label: string }> = [
    { key: 'unit', label: t('pace.unit') },
    { key: 'indicator', label: t('pace.indicator') },
    { key: 'expected', label: t('pace.expected') },
    { key: 'actual', label: t('pace.actual') },
    { key: 'gap', label: t('pace.gap') },
  ];

  const percent = (share: number) => `${formatNumber(share * 100, view.language, 1)}%`;
  let body;
  if (!ready && failed) body = <CardError error={failed.error} onRetry={failed.refetch} />;
  else if (!ready) body = <div className="skeleton" aria-hidden="true" />;
  else
    body = (
      <>
        <ul className="pace-sentences">
          {paceSentences(rows, view).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        {behind.length === 0 ? (
          <p className="card-empty">{t('pace.noneBehind')}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="data-table pace-table">
                <caption className="visually-hidden">{t('pace.tableCaption')}</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <SortableHeader
                        key={column.key}
                        column={column}
                        sort={sort}
                        onSort={setSort}
                      />
                    ))}
                    <th scope="col">{t('pace.target')}</th>
                    <th scope="col">{t('pace.projected')}</th>
                    <th scope="col">{t('pace.chart')}</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((row, index) => {
                    const cells = table.rows[index];
                    const indicator = view.indicator(row.indicatorId);
                    const chart = indicator ? chartOf(indicator) : null;
                    return (
                      <tr key={`${row.indicatorId}|${row.unitId}`} data-unit={row.unitId}>
                        <th scope="row">{cells?.unit}</th>
                        <td>{cells?.indicator}</td>
                        <td>{percent(row.pace.elapsed)}</td>
                        <td>{percent(row.pace.progress)}</td>
                        <td>{formatNumber(gapOf(row) * 100, view.language, 1)}</td>
                        <td>{cells?.target}</td>
                        <td
                          className={row.pace.projectedMeets === false ? 'pace-short' : undefined}
                        >
                          {cells?.projected ?? '—'}
                        </td>
                        <td>
                          {chart && (
                            <a
                              href={`#${chart.headingId}`}
                              onClick={(event) => goToChart(event, chart.card)}
                            >
                              {t('pace.viewChart', { indicator: String(cells?.indicator) })}
                            </a>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {behind.length > ROWS_SHOWN && (
              <button
                type="button"
                className="link-button"
                onClick={() => setShowAll((shown) => !shown)}
              >
                {showAll
                  ? t('pace.showFirst', { count: formatNumber(ROWS_SHOWN, view.language) })
                  : t('pace.showAll', { count: formatNumber(behind.length, view.language) })}
              </button>
            )}
          </>
        )}
        <p className="card__definition">{paceMethod(view)}</p>
      </>
    );

  return (
    <ReportSection headingId="pace-heading" title={t('section.pace')}>
      <div
        className="card card--wide"
        data-card="pace"
        aria-busy={perUnit.isFetching || combined.isFetching}
      >
        {ready && behind.length > 0 && (
          <header className="card__header">
            <p className="task-risk-summary">{t('pace.behindSummary', { count: behind.length })}</p>
            <div className="card__tools">
              <TableExportActions table={table} title={t('section.pace')} />
            </div>
          </header>
        )}
        {ready && failed && <StaleNotice error={failed.error} onRetry={failed.refetch} />}
        {body}
      </div>
    </ReportSection>
  );
}

function sortRows(
  rows: PaceRow[],
  key: SortKey,
  ascending: boolean,
  view: ReturnType<typeof useDashboardView>,
): PaceRow[] {
  const label = (row: PaceRow) =>
    key === 'unit'
      ? (view.unitLabels.find((unit) => unit.id === row.unitId)?.label ?? row.unitId)
      : (view.indicator(row.indicatorId)?.name ?? row.indicatorId);
  const compare = (a: PaceRow, b: PaceRow) => {
    if (key === 'expected') return a.pace.elapsed - b.pace.elapsed;
    if (key === 'actual') return a.pace.progress - b.pace.progress;
    if (key === 'gap') return gapOf(a) - gapOf(b);
    return label(a).localeCompare(label(b), view.language);
  };
  return [...rows].sort((a, b) => (ascending ? compare(a, b) : -compare(a, b)));
}
