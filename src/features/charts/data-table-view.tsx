import type { DataTable } from '@/lib/data-table';
import { formatNumber, formatValue } from '@/lib/format';
import { useLanguage } from '@/lib/i18n/language-store';

/** The same numbers as the chart, as an accessible table. */
export function DataTableView({
  table,
  onUnitSelect,
  unitSelectLabel,
}: {
  table: DataTable;
  onUnitSelect?: ((unitId: string) => void) | undefined;
  /** What a click on a unit's name does, in the words of the level shown ("只看该旗县市区"). */
  unitSelectLabel?: string | undefined;
}) {
  const language = useLanguage();
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
                            title={unitSelectLabel}
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
