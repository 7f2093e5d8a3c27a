import type { Article, DatelineData, Mention, Place } from '../../shared/data-file';

/** Look-ups the app needs again and again, built once when the data file arrives. */
export interface DataIndex {
  data: DatelineData;
  placeById: Map<string, Place>;
  articleById: Map<string, Article>;
  /** Mentions of each place, in article then text order. */
  mentionsByPlace: Map<string, Mention[]>;
  /** Mentions in each article, in text order. */
  mentionsByArticle: Map<string, Mention[]>;
}

export function buildIndex(data: DatelineData): DataIndex {
  const articleOrder = new Map(data.articles.map((article, i) => [article.id, i]));
  const mentions = [...data.mentions].sort(
    (a, b) =>
      (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) ||
      a.start - b.start,
  );
  return {
    data,
    placeById: new Map(data.places.map((place) => [place.id, place])),
    articleById: new Map(data.articles.map((article) => [article.id, article])),
    mentionsByPlace: groupBy(mentions, (m) => m.placeId),
    mentionsByArticle: groupBy(mentions, (m) => m.articleId),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
