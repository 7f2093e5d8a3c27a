import { useShallow } from 'zustand/shallow';
import { useData } from '../data/data-context';
import { useArticle } from '../data/use-source';
import { selectShown, type DeriveInput, type Shown } from './selectors';
import { useAppStore } from './store';

/** The inputs of the selectors (selectors.ts), read from the data, the store and the cache. */
export function useDeriveInput(): DeriveInput {
  const { index, source } = useData();
  const state = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      hideDoubtful: s.hideDoubtful,
      articleId: s.articleId,
    })),
  );
  const entry = useArticle(source, state.articleId);
  return { index, state, article: entry?.state === 'ok' ? entry.value : undefined };
}

/** The places shown under the current filters (selectShown). */
export function useShown(): Shown {
  return selectShown(useDeriveInput());
}
