import { useData } from '../data/data-context';
import { openArticleLoaded } from '../panel/open-article';
import { useAppStore } from '../state/store';
import { ArticleMeta } from './ArticleMeta';
import { useArticlesInRange } from './use-articles-in-range';
import { VirtualList } from './VirtualList';

/** The articles in the date range, newest first; choosing one opens it and narrows the map. */
export function ArticleList() {
  const { source } = useData();
  const inRange = useArticlesInRange();
  const selectedId = useAppStore((s) => s.articleId);
  const positions = inRange?.positions ?? [];
  const at = selectedId ? inRange?.list.positionById.get(selectedId) : undefined;
  if (!inRange) return <p className="dl-empty">Loading the articles…</p>;
  const { list } = inRange;
  if (positions.length === 0) return <p className="dl-empty">No articles in these dates.</p>;
  return (
    <VirtualList
      label="Articles"
      count={positions.length}
      estimate={64}
      keep={at === undefined ? -1 : positions.indexOf(at)}
      keyOf={(row) => list.ids[positions[row] ?? 0] ?? ''}
    >
      {(row) => {
        const i = positions[row] ?? 0;
        const id = list.ids[i] ?? '';
        const sourceIndex = list.source[i] ?? -1;
        return (
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
        );
      }}
    </VirtualList>
  );
}
