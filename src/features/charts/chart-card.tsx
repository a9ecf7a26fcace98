import { useId, useState, type ReactNode } from 'react';
import type { DataTable } from '@/lib/data-table';
import { useT } from '@/lib/i18n/translate';
import { CardError, StaleNotice } from './card-states';
import { ChartLegend, type LegendItem } from './chart-legend';
import { DataTableView } from './data-table-view';
import { NearViewport } from './near-viewport';

/** The state of the data behind a card, as React Query reports it. */
export type CardQuery = {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
};

export type CardActionsContext = {
  chartNode: HTMLElement | null;
  table: DataTable | null;
  title: string;
  /** The subtitle as shown (unit, direction), for the exported image. */
  subtitle?: string;
  /** Wide cards are exported at the wide export width. */
  wide?: boolean;
};

type ChartCardProps = {
  id: string;
  title: string;
  subtitle?: string;
  /** How to use the chart on screen ("点击条形只看该盟市"): not part of the subtitle, not exported. */
  hint?: string;
  /** 口径: shown on demand. */
  definition?: string;
  legend?: LegendItem[];
  query: CardQuery;
  /** Data is there but nothing matches the filters. */
  isEmpty: boolean;
  emptyMessage?: string;
  table: DataTable | null;
  onUnitSelect?: (unitId: string) => void;
  /** The title of a unit's name in the table when it can be clicked ("只看该盟市"). */
  unitSelectLabel?: string;
  actions?: (context: CardActionsContext) => ReactNode;
  /** A choice that changes what the card shows, inside the card under the title. */
  controls?: ReactNode;
  /** Below the chart (not the table), e.g. "show all units". */
  footer?: ReactNode;
  wide?: boolean;
  children: ReactNode;
};

/**
 * The shell every chart lives in: title, 口径 on demand, legend, loading skeleton, empty state,
 * error with retry (confined to this card), stale marking, and the table alternative.
 */
export function ChartCard(props: ChartCardProps) {
  const {
    id,
    title,
    subtitle,
    hint,
    definition,
    legend,
    query,
    isEmpty,
    emptyMessage,
    table,
    onUnitSelect,
    unitSelectLabel,
    actions,
    controls,
    footer,
    wide,
    children,
  } = props;
  const t = useT();
  const [showTable, setShowTable] = useState(false);
  const [showDefinition, setShowDefinition] = useState(false);
  // The drawn chart, for image exports; null while the table or a state message is shown.
  const [chartNode, setChartNode] = useState<HTMLDivElement | null>(null);
  // A chart that could not be drawn shows a message and a retry: then the area is not an image.
  const [chartFailed, setChartFailed] = useState(false);
  const headingId = useId();
  const hasData = table !== null;
  const failed = query.isError;

  let body: ReactNode;
  if (!hasData && failed) {
    body = <CardError error={query.error} onRetry={query.refetch} />;
  } else if (!hasData) {
    body = <div className="skeleton" aria-hidden="true" />;
  } else if (isEmpty) {
    body = <p className="card-empty">{emptyMessage ?? t('card.empty')}</p>;
  } else if (showTable) {
    body = (
      <DataTableView table={table} onUnitSelect={onUnitSelect} unitSelectLabel={unitSelectLabel} />
    );
  } else {
    body = (
      <div
        ref={setChartNode}
        className="chart-area"
        role={chartFailed ? undefined : 'img'}
        aria-label={chartFailed ? undefined : t('card.chartLabel', { title })}
      >
        <NearViewport onChartFailed={setChartFailed}>{children}</NearViewport>
      </div>
    );
  }

  return (
    <section
      className={`card${wide ? ' card--wide' : ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching}
      data-card={id}
      data-wide={wide ? 'true' : undefined}
      data-state={failed ? 'error' : !hasData ? 'loading' : isEmpty ? 'empty' : 'ready'}
    >
      <header className="card__header">
        <div>
          <h3 id={headingId}>{title}</h3>
          {subtitle && <p className="card__subtitle">{subtitle}</p>}
          {hint && <p className="card__hint">{hint}</p>}
        </div>
        <div className="card__tools">
          {definition && (
            <button
              type="button"
              className="link-button"
              aria-expanded={showDefinition}
              onClick={() => setShowDefinition((value) => !value)}
            >
              {t('card.definition')}
            </button>
          )}
          {hasData && !isEmpty && (
            <button
              type="button"
              className="link-button"
              aria-pressed={showTable}
              onClick={() => setShowTable((value) => !value)}
            >
              {showTable ? t('card.showChart') : t('card.showTable')}
            </button>
          )}
          {hasData && !isEmpty && actions?.({ chartNode, table, title, subtitle, wide })}
        </div>
      </header>
      {controls && <div className="card__controls">{controls}</div>}
      {showDefinition && definition && <p className="card__definition">{definition}</p>}
      {hasData && failed && <StaleNotice error={query.error} onRetry={query.refetch} />}
      {body}
      {legend && legend.length > 0 && hasData && !isEmpty && !showTable && (
        <ChartLegend items={legend} />
      )}
      {footer && hasData && !isEmpty && !showTable && footer}
    </section>
  );
}
