import {
  reviewPages,
  type ArticleListBuilder,
  type KnownPlace,
  type ReviewPick,
} from '../../core/publish/index';
import { placeRefOf, type DataIndexFile } from '../../shared/schema';
import type { StoreDb } from './db';
import { articlesOf, passagesOf, READ_BATCH, type PassageRow } from './read-store';
import type { ShardWriter } from './shard-writer';

/**
 * The review list's pages (stage 10), from the texts of just the articles it names: at most
 * REVIEW_LIMIT mentions, so at most that many articles are read, whatever the collection's size.
 */
export async function writeReviewPages(
  db: StoreDb,
  selection: { picks: readonly ReviewPick[]; total: number },
  list: ArticleListBuilder,
  places: ReadonlyMap<string, KnownPlace>,
  writer: ShardWriter,
): Promise<NonNullable<DataIndexFile['review']>> {
  const { picks, total } = selection;
  const ids = [...new Set(picks.map((p) => list.at(p.position).id))];
  const texts = new Map<string, string>();
  const passages = new Map<string, PassageRow[]>();
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const part = ids.slice(i, i + READ_BATCH);
    const [articles, rows] = await Promise.all([articlesOf(db, part), passagesOf(db, part)]);
    for (const article of articles) texts.set(article.id, article.text);
    for (const [id, own] of rows) passages.set(id, own);
  }
  const pages = reviewPages(picks, {
    article: (position) => list.at(position),
    passage(position, index) {
      const id = list.at(position).id;
      const passage = passages.get(id)?.[index];
      if (!passage) return { start: 0, text: '' };
      return {
        start: passage.start,
        text: (texts.get(id) ?? '').slice(passage.start, passage.end),
      };
    },
    place(id) {
      const place = places.get(id);
      return place && placeRefOf(place);
    },
  });
  return {
    count: picks.length,
    total,
    pages: pages.map((page) => writer.write('review', page)),
  };
}
