import type { PlaceRow } from '../../shared/schema';
import { defaultPanel, type AppState } from './app-state';
import { quoteForNotice } from './notice-text';
import { viewForPlace } from './view';

export interface ResolvedState {
  state: AppState;
  problems: string[];
}

/**
 * What the data says about the ids in an address. `article` answers from the article shards
 * already fetched: the article (with its passages), null when the data has none, undefined when
 * its shard is not at hand (the id is then trusted; the reader says so if it is wrong).
 */
export interface Known {
  placeById: ReadonlyMap<string, Pick<PlaceRow, 'lat' | 'lon' | 'kind'>>;
  article(id: string): { passages: readonly { index: number }[] } | null | undefined;
}

/**
 * Checks the ids in a decoded address against the data and falls back to the nearest view that
 * exists: an unknown place or article is dropped, a passage past the end of its article too.
 */
export function resolveState(state: AppState, known: Known): ResolvedState {
  const problems: string[] = [];
  let { placeId, articleId, passage, panel } = state;
  if (placeId !== null && !known.placeById.has(placeId)) {
    problems.push(`No place with the id "${quoteForNotice(placeId)}" is in the data.`);
    placeId = null;
  }
  const article = articleId === null ? undefined : known.article(articleId);
  if (articleId !== null && article === null) {
    problems.push(`No article with the id "${quoteForNotice(articleId)}" is in the data.`);
    articleId = null;
    passage = null;
  }
  if (article && passage !== null && !article.passages.some((p) => p.index === passage)) {
    problems.push(`The article has no passage ${passage}; showing the whole article.`);
    passage = null;
  }
  if ((panel === 'place' && !placeId) || (panel === 'article' && !articleId)) {
    panel = defaultPanel({ placeId, articleId });
  }
  // A hand-written link naming a place but no map position opens on that place.
  const place = placeId === null ? undefined : known.placeById.get(placeId);
  const view = state.view ?? (place && panel === 'place' ? viewForPlace(place, null) : null);
  return { state: { ...state, view, placeId, articleId, passage, panel }, problems };
}
