import type { DataIndex } from '../data/data-index';
import { placeAccessibleName } from './labels';

export interface SearchHit {
  kind: 'place' | 'article';
  id: string;
  /** What the option reads out, e.g. "Sochi, Russia: 1 mention". */
  label: string;
}

/** Lower case without accents, so "sao" finds "São Paulo". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// 0 best: the whole name starts with the query, then a word does, then it appears anywhere.
function rank(name: string, query: string): number {
  const folded = fold(name);
  if (folded.startsWith(query)) return 0;
  if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 1;
  return folded.includes(query) ? 2 : -1;
}

/**
 * Places and articles whose name or title matches, best first. Hand-written: the data holds at
 * most a few thousand names, and prefix/word/substring ranking is all a typeahead needs, which
 * fuzzy-search libraries would add kilobytes to do less predictably.
 */
export function search(index: DataIndex, rawQuery: string, limit = 8): SearchHit[] {
  const query = fold(rawQuery.trim());
  if (!query) return [];
  const scored: { hit: SearchHit; score: number; weight: number }[] = [];
  for (const place of index.data.places) {
    const score = rank(place.name, query);
    if (score < 0) continue;
    scored.push({
      hit: { kind: 'place', id: place.id, label: placeAccessibleName(place, place.mentionCount) },
      score,
      weight: place.mentionCount,
    });
  }
  for (const article of index.data.articles) {
    const score = rank(article.title, query);
    if (score < 0) continue;
    // Articles after places of the same rank: people mostly look for places.
    scored.push({
      hit: { kind: 'article', id: article.id, label: article.title },
      score: score + 0.5,
      weight: 0,
    });
  }
  return scored
    .sort(
      (a, b) => a.score - b.score || b.weight - a.weight || a.hit.label.localeCompare(b.hit.label),
    )
    .slice(0, limit)
    .map((s) => s.hit);
}
