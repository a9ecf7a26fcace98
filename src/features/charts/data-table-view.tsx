import type { DataTable } from '@/lib/data-table';
import { formatNumber, formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';

/** The same numbers as the chart, as an accessible table. */
export function DataTableView({
  table,
  onUnitSelect,
}: {
  table: DataTable;
  onUnitSelect?: ((unitId: string) => void) | undefined;
}) {
  const language = useLanguage();
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => {
            const unitId = row.unitId;
            return (
              <tr key={typeof unitId === 'string' ? unitId : index}>
                {table.columns.map((column, columnIndex) => {
                  const cell = row[column.key] ?? null;
                  const text =
                    typeof cell === 'number'
                      ? column.unit
                        ? formatValue(cell, column.unit, language)
                        : formatNumber(cell, language, Number.isInteger(cell) ? 0 : 1)
                      : cell === null
                        ? '—'
                        : cell;
                  if (columnIndex === 0) {
                    return (
                      <th key={column.key} scope="row">
                        {onUnitSelect && typeof unitId === 'string' ? (
                          <button
                            type="button"
                            className="link-button"
                            title={t('card.filterByUnit')}
                            onClick={() => onUnitSelect(unitId)}
                          >
                            {text}
                          </button>
                        ) : (
                          text
                        )}
                      </th>
                    );
                  }
                  return (
                    <td
                      key={column.key}
                      className={typeof cell === 'number' ? 'numeric' : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
