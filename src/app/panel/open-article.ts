import type { DataSource } from '../data/source';
import { appStore } from '../state/store';

/**
 * Opens the reader once the article's shard is at hand, so the map can fit its places and the
 * heading can take focus at once, instead of flashing an empty map while it loads.
 */
export function openArticleLoaded(source: DataSource, id: string, passage: number | null): void {
  void source.article(id).then(() => {
    appStore.getState().openArticle(id, passage);
  });
}
