import type { DataSource } from '../data/source';
import { articleQueryWords, fold, matchArticles, type SearchHit } from '../logic/search';

/**
 * Articles matching the query through the search shards (titles and the names in bodies):
 * fetches one shard per query word (cached), then ranks with matchArticles.
 */
export async function searchArticles(
  source: DataSource,
  rawQuery: string,
  limit = 5,
): Promise<SearchHit[]> {
  const queryWords = articleQueryWords(rawQuery);
  if (queryWords.length === 0) return [];
  const [listEntry, ...shards] = await Promise.all([
    source.articleList(),
    ...queryWords.map((word) => source.searchShard(word)),
  ]);
  if (listEntry.state !== 'ok') return [];
  const list = listEntry.value;
  return matchArticles(queryWords, shards, list.ids.length, limit).map(({ position, term }) => {
    const title = list.titles[position] ?? '';
    const inTitle = fold(title)
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w.startsWith(term));
    return {
      kind: 'article',
      id: list.ids[position] ?? '',
      label: title,
      why: inTitle ? null : `in the text: ${term}`,
    };
  });
}
