import { useData } from '../data/data-context';
import { openArticleLoaded } from '../panel/open-article';
import { useAppStore } from '../state/store';
import { ArticleMeta } from './ArticleMeta';
import { useArticlesInRange } from './use-articles-in-range';
import { useVirtualList } from './use-virtual-list';

/** The articles in the date range, newest first; choosing one opens it and narrows the map. */
export function ArticleList() {
  const { source } = useData();
  const inRange = useArticlesInRange();
  const selectedId = useAppStore((s) => s.articleId);
  const positions = inRange?.positions ?? [];
  const at = selectedId ? inRange?.list.positionById.get(selectedId) : undefined;
  const { listRef, virtualizer, margin } = useVirtualList<HTMLUListElement>(
    positions.length,
    64,
    at === undefined ? -1 : positions.indexOf(at),
  );
  if (!inRange) return <p className="dl-empty">Loading the articles…</p>;
  const { list } = inRange;
  if (positions.length === 0) return <p className="dl-empty">No articles in these dates.</p>;
  return (
    <ul
      ref={listRef}
      className="dl-list dl-virtual"
      aria-label="Articles"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const i = positions[row.index] ?? 0;
        const id = list.ids[i] ?? '';
        const sourceIndex = list.source[i] ?? -1;
        return (
          <li
            key={id}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-posinset={row.index + 1}
            aria-setsize={positions.length}
            style={{ transform: `translateY(${row.start - margin}px)` }}
          >
            <button
              type="button"
              className="dl-list__item"
              aria-current={id === selectedId ? 'true' : undefined}
              onClick={() => {
                openArticleLoaded(source, id, null);
              }}
            >
              <span className="dl-list__title">{list.titles[i]}</span>
              <ArticleMeta
                source={sourceIndex >= 0 ? (list.sources[sourceIndex] ?? null) : null}
                day={list.days[i] ?? null}
                placeCount={list.placeCounts[i] ?? 0}
              />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
