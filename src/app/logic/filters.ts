import type { Article, Place } from '../../shared/data-file';
import type { DataIndex } from '../data/data-index';
import type { Filters } from './app-state';

/** Articles inside the date range; an undated article stays in unless a range is set. */
export function articlesInRange(articles: readonly Article[], filters: Filters): Article[] {
  if (!filters.from && !filters.to) return [...articles];
  return articles.filter(
    (a) =>
      a.date !== null &&
      (!filters.from || a.date >= filters.from) &&
      (!filters.to || a.date <= filters.to),
  );
}

/** The articles whose places the map shows: the chosen article, else those in the date range. */
export function shownArticleIds(
  index: DataIndex,
  filters: Filters,
  articleId: string | null,
): Set<string> {
  if (articleId && index.articleById.has(articleId)) return new Set([articleId]);
  return new Set(articlesInRange(index.data.articles, filters).map((a) => a.id));
}

/** How often each place is mentioned in the shown articles; places with no mention are absent. */
export function mentionCounts(
  index: DataIndex,
  articleIds: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of index.data.mentions) {
    if (articleIds.has(m.articleId)) counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + 1);
  }
  return counts;
}

/** A place with the count that applies under the current filters. */
export interface ShownPlace {
  place: Place;
  count: number;
}

/** Shown places, most mentioned first, then by name. */
export function shownPlaces(index: DataIndex, counts: ReadonlyMap<string, number>): ShownPlace[] {
  const out: ShownPlace[] = [];
  for (const place of index.data.places) {
    const count = counts.get(place.id);
    if (count) out.push({ place, count });
  }
  return out.sort((x, y) => y.count - x.count || x.place.name.localeCompare(y.place.name));
}

/** The date span of the dated articles, or null when none carries a date. */
export function dateSpan(articles: readonly Article[]): { min: string; max: string } | null {
  const dates = articles
    .map((a) => a.date)
    .filter((d): d is string => d !== null)
    .sort();
  const min = dates[0];
  const max = dates[dates.length - 1];
  return min && max ? { min, max } : null;
}
