import { useData } from '../data/data-context';
import type { ArticleList } from '../data/source';
import { useArticleList } from '../data/use-source';
import { articlesInRange, dayRange } from '../logic/filters';
import { useAppStore } from '../state/store';

const memo = new WeakMap<ArticleList, { key: string; positions: number[] }>();

/**
 * Positions of the articles inside the date filter, newest first, or undefined until the article
 * list arrives. The tab count and the list share one computation per filter.
 */
export function useArticlesInRange(): { list: ArticleList; positions: number[] } | undefined {
  const { source } = useData();
  const list = useArticleList(source);
  const filters = useAppStore((s) => s.filters);
  if (!list) return undefined;
  const key = `${filters.from ?? ''}/${filters.to ?? ''}`;
  let known = memo.get(list);
  if (known?.key !== key) {
    known = { key, positions: articlesInRange(list.days, dayRange(filters)) };
    memo.set(list, known);
  }
  return { list, positions: known.positions };
}
