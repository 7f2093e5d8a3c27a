import { useData } from '../data/data-context';
import { articlesInRange } from '../logic/filters';
import { placeIdsInArticle } from '../logic/passages';
import { appStore, useAppStore } from '../state/store';
import { ArticleMeta } from './ArticleMeta';

/** The articles in the date range; choosing one opens it and filters the map to its places. */
export function ArticleList() {
  const { index } = useData();
  const filters = useAppStore((s) => s.filters);
  const selectedId = useAppStore((s) => s.articleId);
  const articles = articlesInRange(index.data.articles, filters);
  if (articles.length === 0) return <p className="dl-empty">No articles in these dates.</p>;
  return (
    <ul className="dl-list" aria-label="Articles">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            className="dl-list__item"
            aria-current={article.id === selectedId ? 'true' : undefined}
            onClick={() => {
              appStore.getState().openArticle(article.id, null);
            }}
          >
            <span className="dl-list__title">{article.title}</span>
            <ArticleMeta article={article} placeCount={placeIdsInArticle(index, article.id).size} />
          </button>
        </li>
      ))}
    </ul>
  );
}
