import { TableHeaderCell } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by, and how; clicking the sorted column again turns the order round. */
export function useSorting<K extends string>(initial: K, direction: SortDirection = 'ascending') {
  const [sort, setSort] = useState<{ key: K; direction: SortDirection }>({ key: initial, direction });
  const toggle = (key: K) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  /** Sorts a copy of `items` by the value `keyOf` gives for the current column (nulls last). */
  const sorted = <T,>(items: readonly T[], keyOf: (item: T, key: K) => string | number | null): T[] => {
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...items].sort((a, b) => {
      const x = keyOf(a, sort.key);
      const y = keyOf(b, sort.key);
      if (x === y) {
        return 0;
      }
      if (x === null) {
        return 1;
      }
      if (y === null) {
        return -1;
      }
      return (
        (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl')) *
        factor
      );
    });
  };
  return { sort, toggle, sorted };
}

/**
 * A column header that sorts the table: a button in the header cell, and `aria-sort` on the cell of the
 * column the table is sorted by (WAI-ARIA sortable table pattern).
 */
export function SortableHeaderCell<K extends string>(props: {
  column: K;
  sort: { key: K; direction: SortDirection };
  onSort: (column: K) => void;
  children: ReactNode;
}) {
  const active = props.sort.key === props.column;
  return (
    <TableHeaderCell scope="col" aria-sort={active ? props.sort.direction : undefined}>
      <button type="button" className="gd-sort-button" onClick={() => props.onSort(props.column)}>
        {props.children}
        <span aria-hidden="true" className="gd-sort-icon">
          {active ? (props.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </TableHeaderCell>
  );
}
