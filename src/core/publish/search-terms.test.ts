import { describe, expect, it } from 'vitest';
import { searchShardOf } from '../../shared/hash';
import { SearchIndexBuilder } from './05-search-terms';

/** Each article's terms, in list order: numeric terms are ordered apart by JSON.stringify. */
const ARTICLES: string[][] = [
  ['abc', 'zeta', '2020'],
  ['007', 'abc', '10'],
  ['4294967295', '2020', 'mosul'],
  ['zeta'],
  ['abc', '10', '4294967294', 'mosul'],
  [],
  ['2020', 'abc', 'kyiv'],
];

/** The shard files as plain objects, written the way the layout describes them. */
function expectedShards(articles: readonly string[][], count: number): string[] {
  const postings = new Map<string, number[]>();
  articles.forEach((terms, position) => {
    for (const term of terms) postings.set(term, [...(postings.get(term) ?? []), position]);
  });
  const shards: Record<string, number[]>[] = Array.from({ length: count }, () => ({}));
  for (const term of [...postings.keys()].sort()) {
    const positions = postings.get(term) ?? [];
    const shard = shards[searchShardOf(term, count)] as Record<string, number[]>;
    shard[term] = positions.map((p, i) => (i === 0 ? p : p - (positions[i - 1] as number)));
  }
  return shards.map((shard) => JSON.stringify(shard));
}

function walked(articles: readonly string[][], from = 0, into = new SearchIndexBuilder()) {
  articles.forEach((terms, i) => {
    into.add(from + i, terms);
  });
  return into;
}

/** The articles cut into blocks at `cuts`, each walked alone and appended as a kept part. */
function appended(articles: readonly string[][], cuts: number[], into = new SearchIndexBuilder()) {
  const bounds = [0, ...cuts, articles.length];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const [from, to] = [bounds[b] as number, bounds[b + 1] as number];
    into.append(walked(articles.slice(from, to)).toPart(), from);
  }
  return into;
}

describe('SearchIndexBuilder', () => {
  const builds: { name: string; build: () => SearchIndexBuilder }[] = [
    { name: 'walked article by article', build: () => walked(ARTICLES) },
    { name: 'appended from kept blocks', build: () => appended(ARTICLES, [2, 3, 5]) },
    {
      name: 'walked, then appended blocks, then walked again',
      build: () => {
        const builder = walked(ARTICLES.slice(0, 2));
        builder.append(walked(ARTICLES.slice(2, 5)).toPart(), 2);
        return walked(ARTICLES.slice(5), 5, builder);
      },
    },
    {
      name: 'appended from a block that was itself appended',
      build: () => {
        const inner = appended(ARTICLES.slice(0, 4), [1, 3]);
        const builder = new SearchIndexBuilder();
        builder.append(inner.toPart(), 0);
        return walked(ARTICLES.slice(4), 4, builder);
      },
    },
  ];
  for (const { name, build } of builds) {
    it(`writes the shards JSON.stringify writes, numeric terms first, when ${name}`, () => {
      for (const count of [1, 4]) {
        expect(build().shardTexts(count)).toEqual(expectedShards(ARTICLES, count));
      }
    });
  }
});
