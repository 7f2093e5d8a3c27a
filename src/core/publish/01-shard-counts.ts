/**
 * How many shard files of each kind. Powers of two that grow only when the collection doubles:
 * a shard count that changed with every article would move every article to another shard, and
 * an incremental run would have to rewrite them all.
 */
export const ARTICLES_PER_SHARD = 64;
/** Search shards are keyed by a term's first two characters; a few hundred prefixes are common. */
export const SEARCH_SHARDS_MIN = 16;
export const SEARCH_SHARDS_MAX = 256;
/** Passages per small-place bucket file, about 100-200 KB of JSON. */
export const PASSAGES_PER_BUCKET = 400;

export function powerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export function articleShardCount(articles: number): number {
  return powerOfTwoAtLeast(Math.ceil(articles / ARTICLES_PER_SHARD));
}

/** One search shard per ~2,000 articles, between the bounds above. */
export function searchShardCount(articles: number): number {
  const wanted = powerOfTwoAtLeast(Math.ceil(articles / 2000));
  return Math.min(SEARCH_SHARDS_MAX, Math.max(SEARCH_SHARDS_MIN, wanted));
}

export function passageBucketCount(smallPlacePassages: number): number {
  return powerOfTwoAtLeast(Math.ceil(smallPlacePassages / PASSAGES_PER_BUCKET));
}
