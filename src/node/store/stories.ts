import { groupStories, type Stories, type StoryCandidate } from '../../core/ingest/stories';
import type { StoreDb } from './db';
import { articleBody, decodeMinhash, storedFingerprint } from './parse-for-store';
import { articlesOf, passagesOf, READ_BATCH, someArticleLacks } from './read-store';

/**
 * Articles stored before fingerprints were kept (a store from before migration 002) get theirs
 * from the stored text, once; every later parse stores its own.
 */
async function backfillFingerprints(db: StoreDb): Promise<void> {
  if (!(await someArticleLacks(db, 'fingerprints'))) return;
  for (;;) {
    const missing = await db
      .selectFrom('articles')
      .leftJoin('fingerprints', 'fingerprints.article_id', 'articles.id')
      .where('fingerprints.article_id', 'is', null)
      .select('articles.id')
      .limit(READ_BATCH)
      .execute();
    if (missing.length === 0) return;
    const ids = missing.map((row) => row.id);
    const [articles, passages] = await Promise.all([articlesOf(db, ids), passagesOf(db, ids)]);
    const rows = articles.map((article) => {
      const own = (passages.get(article.id) ?? []).map((p) => ({
        index: p.idx,
        start: p.start,
        end: p.end,
        title: p.is_title === 1,
      }));
      const print = storedFingerprint(articleBody(article.text, own));
      return { article_id: article.id, ...print, copy_of: null, copy_kind: null };
    });
    await db.insertInto('fingerprints').values(rows).execute();
  }
}

/**
 * Groups the stored articles into stories (src/core/ingest/stories.ts) from their fingerprints,
 * never their texts, and records each article's story. Only rows whose story changed are
 * written, so a re-run after one change touches a handful of rows.
 */
export async function groupCopies(db: StoreDb, merge = true): Promise<Stories['counts']> {
  await backfillFingerprints(db);
  if (!merge) {
    // Not merging clears any grouping an earlier run stored: every article is its own story.
    // No fingerprint is read: a re-run's cost stays with what changed.
    await db
      .updateTable('fingerprints')
      .set({ copy_of: null, copy_kind: null })
      .where('copy_of', 'is not', null)
      .execute();
    return { exact: 0, near: 0, stories: 0 };
  }
  const candidates: StoryCandidate[] = [];
  const stored = new Map<string, string>();
  const rows = db
    .selectFrom('fingerprints')
    .innerJoin('articles', 'articles.id', 'fingerprints.article_id')
    .select([
      'fingerprints.article_id as id',
      'articles.day as day',
      'fingerprints.length as length',
      'fingerprints.exact as exact',
      'fingerprints.minhash as minhash',
      'fingerprints.copy_of as copyOf',
      'fingerprints.copy_kind as copyKind',
    ])
    .stream();
  for await (const row of rows) {
    candidates.push({
      id: row.id,
      day: row.day,
      length: row.length,
      fingerprint: { exact: row.exact, minhash: decodeMinhash(row.minhash) },
    });
    stored.set(row.id, `${row.copyOf ?? ''} ${row.copyKind ?? ''}`);
  }
  const { copies, counts } = groupStories(candidates);
  const changed = candidates.flatMap(({ id }) => {
    const copy = copies.get(id);
    const now = copy ? `${copy.canonical} ${copy.kind}` : ' ';
    return stored.get(id) === now
      ? []
      : [{ id, copyOf: copy?.canonical ?? null, kind: copy?.kind ?? null }];
  });
  if (changed.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const { id, copyOf, kind } of changed) {
        await trx
          .updateTable('fingerprints')
          .set({ copy_of: copyOf, copy_kind: kind })
          .where('article_id', '=', id)
          .execute();
      }
    });
  }
  return counts;
}
