import { PASSAGE_PAGE_SIZE, type ArticleFull, type PlaceRow } from '../../shared/schema';

/** The page that holds the passage at `rank` in a place's passage list. */
export function pageOf(rank: number): number {
  return Math.floor(rank / PASSAGE_PAGE_SIZE);
}

/**
 * How many passages a place has: exact once its last page is known, else every page counted
 * full (the list shrinks to the truth when the last page arrives).
 */
export function passageTotal(place: Pick<PlaceRow, 'pages'>, lastPageSize: number | null): number {
  const pages = place.pages.length;
  if (pages === 0) return 0;
  return (pages - 1) * PASSAGE_PAGE_SIZE + (lastPageSize ?? PASSAGE_PAGE_SIZE);
}

/**
 * Where a passage of an article sits in a place's passage list, from the article's mentions of
 * that place; null when the article does not mention the place in that passage.
 */
export function rankInPlace(
  article: Pick<ArticleFull, 'mentions'>,
  placeId: string,
  passageIndex: number,
): number | null {
  const mention = article.mentions.find(
    (m) => m.placeId === placeId && m.passageIndex === passageIndex,
  );
  return mention ? mention.rank : null;
}

/** Distinct places an article mentions. */
export function placeIdsInArticle(article: Pick<ArticleFull, 'mentions'>): Set<string> {
  return new Set(article.mentions.map((m) => m.placeId));
}
