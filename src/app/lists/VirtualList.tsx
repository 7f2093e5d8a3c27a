import type { ReactNode } from 'react';
import { useVirtualList } from './use-virtual-list';

interface Props {
  /** The list's accessible name ("Places", "Articles"). */
  label: string;
  count: number;
  /** A row's height before it is measured, in pixels. */
  estimate: number;
  /** The row that always stays in the page (the current entry), or -1. */
  keep: number;
  keyOf: (index: number) => string;
  children: (index: number) => ReactNode;
}

/**
 * A virtualised list of `count` rows (useVirtualList): only the rows in and near the view are in
 * the page, and each row tells assistive technology where it stands in the whole list.
 */
export function VirtualList({ label, count, estimate, keep, keyOf, children }: Props) {
  const { listRef, virtualizer, margin } = useVirtualList<HTMLUListElement>(count, estimate, keep);
  return (
    <ul
      ref={listRef}
      className="dl-list dl-virtual"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={keyOf(row.index)}
          ref={virtualizer.measureElement}
          data-index={row.index}
          aria-posinset={row.index + 1}
          aria-setsize={count}
          style={{ transform: `translateY(${row.start - margin}px)` }}
        >
          {children(row.index)}
        </li>
      ))}
    </ul>
  );
}
