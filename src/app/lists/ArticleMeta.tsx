import type { Article } from '../../shared/data-file';

/** "Fox News · 4 April 2008 · 12 places": only what is known. */
export function ArticleMeta({ article, placeCount }: { article: Article; placeCount: number }) {
  const parts = [
    article.source,
    article.date ? formatDate(article.date) : null,
    `${placeCount} ${placeCount === 1 ? 'place' : 'places'}`,
  ].filter((p): p is string => p !== null);
  return <p className="dl-meta">{parts.join(' · ')}</p>;
}

export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
