import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  defaultRangeExtractor,
  measureElement as measureRow,
  observeElementRect,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';

/**
 * A virtualised list inside the panel or sidebar that scrolls it (the nearest ancestor with
 * `data-scroller`): only the rows in and near the view are in the page, however long the list.
 * @tanstack/react-virtual measures rows as they render, so rows of any height scroll smoothly,
 * which a hand-written fixed-height window would not do for passages of different lengths.
 * Row `keep` (the current entry) always stays in the page, so focus can return to it after a
 * panel closes, even when the list was hidden meanwhile.
 */
export function useVirtualList<T extends HTMLElement>(count: number, estimate: number, keep = -1) {
  const listRef = useRef<T>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  const measured = useRef(false);

  const measure = useCallback(() => {
    const list = listRef.current;
    const parent = list?.closest<HTMLElement>('[data-scroller]') ?? null;
    setScroller(parent);
    if (!list || !parent) return;
    // Where the list starts inside the scroller: the heading and facts above it scroll too.
    const top =
      list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
    setMargin((m) => (Math.abs(m - top) > 1 ? top : m));
  }, []);

  // Measured after every render: what sits above the list (facts, "Mentioned with") can change.
  useLayoutEffect(function measureAfterRender() {
    if (measured.current) measure();
  });

  // The first measure waits for the next frame, whose layout it reads: a list just mounted has
  // none yet, and reading it at once laid out the whole page inside the task that mounted the
  // list (80-280 ms at 100,000 articles, issue 7). Until then the first rows show at the top,
  // as many as a window's height holds.
  useEffect(
    function measureOnNextFrame() {
      const frame = requestAnimationFrame(() => {
        measured.current = true;
        measure();
      });
      return function cancelMeasure() {
        cancelAnimationFrame(frame);
      };
    },
    [measure],
  );

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: margin,
    // Rows for a window's height show before the scroller is measured (the next frame).
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    // A row is measured by the ResizeObserver, after the browser's own layout: measured as it
    // was added (tanstack's default when there is no entry), the first rows of a list laid out
    // the whole page inside the task that mounted it (issue 7). Until then: its last size, or
    // the estimate.
    measureElement: (element, entry, instance) =>
      entry
        ? measureRow(element, entry, instance)
        : (instance.itemSizeCache.get(
            instance.options.getItemKey(instance.indexFromElement(element)),
          ) ?? estimate),
    // A list hidden for a while (the sidebar under an open panel on a tablet) measures 0 x 0;
    // keeping its last real size keeps its rows, and focus can return to one of them.
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => {
        if (rect.height > 0 || rect.width > 0) report(rect);
      }),
    rangeExtractor: (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (keep < 0 || keep >= count || rows.includes(keep)) return rows;
      return [...rows, keep].sort((a, b) => a - b);
    },
  });
  return { listRef, virtualizer, margin };
}
