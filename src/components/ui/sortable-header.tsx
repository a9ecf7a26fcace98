export type SortState<Key extends string> = { key: Key; ascending: boolean };

/**
 * A column header that sorts its table: a button inside the <th>, with aria-sort telling assistive
 * technology the current order. Clicking the active column reverses it; another column starts ascending.
 */
export function SortableHeader<Key extends string>({
  column,
  sort,
  onSort,
}: {
  column: { key: Key; label: string };
  sort: SortState<Key>;
  onSort: (next: SortState<Key>) => void;
}) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: column.key, ascending: active ? !sort.ascending : true })}
      >
        {column.label}
        <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
