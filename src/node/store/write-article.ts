import { fnv1a32, dayFromIso } from '../../shared/hash';
import type { ParsedArticle } from '../../core/pipeline/index';
import type { StoreDb } from './db';
import { packMentions } from './packed-mentions';
import { mentionsOf, READ_BATCH, publishMention } from './read-store';
import type { StoredFingerprint } from './parse-for-store';

/** Rows per INSERT: under SQLite's 32,766 bound variables and PostgreSQL's 65,535 at 12 columns. */
const ROWS_PER_INSERT = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

export interface ArticleToStore {
  parsed: ParsedArticle;
  text: string;
  hash: string;
  fingerprint: StoredFingerprint;
}

/**
 * Replaces a batch of articles with their new parse, in one transaction: a kill leaves either
 * the old rows or the new ones. Passages and mentions go with their article (ON DELETE CASCADE).
 */
export async function storeArticles(
  db: StoreDb,
  batch: readonly ArticleToStore[],
  parsedWith: string,
): Promise<void> {
  if (batch.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const ids = batch.map((b) => b.parsed.article.id);
    for (const part of chunks(ids))
      await trx.deleteFrom('articles').where('id', 'in', part).execute();
    const places = new Map(batch.flatMap((b) => b.parsed.places.map((p) => [p.id, p] as const)));
    for (const part of chunks([...places.values()])) {
      const rows = part.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        admin1: p.admin1 ?? null,
      }));
      await trx
        .insertInto('places')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            kind: eb.ref('excluded.kind'),
            lat: eb.ref('excluded.lat'),
            lon: eb.ref('excluded.lon'),
            country: eb.ref('excluded.country'),
            admin1: eb.ref('excluded.admin1'),
          })),
        )
        .execute();
    }
    const articles = batch.map(({ parsed: { article, terms }, text, hash }) => ({
      id: article.id,
      file: article.file,
      hash,
      parsed_with: parsedWith,
      title: article.title,
      source: article.source,
      date: article.date,
      day: article.date === null ? null : dayFromIso(article.date),
      url: article.url,
      bucket: fnv1a32(article.id),
      terms: terms.join(' '),
      text,
    }));
    for (const part of chunks(articles)) await trx.insertInto('articles').values(part).execute();
    // Grouping into stories is decided after the sync (see stories.ts); until then, no copy.
    const prints = batch.map(({ parsed: { article }, fingerprint }) => ({
      article_id: article.id,
      ...fingerprint,
      copy_of: null,
      copy_kind: null,
    }));
    for (const part of chunks(prints)) await trx.insertInto('fingerprints').values(part).execute();
    const notices = batch.flatMap(({ parsed: { article, notices } }) =>
      notices.map((text, seq) => ({ article_id: article.id, seq, text })),
    );
    for (const part of chunks(notices)) await trx.insertInto('notices').values(part).execute();
    const passages = batch.flatMap(({ parsed: { article } }) =>
      article.passages.map((p) => ({
        article_id: article.id,
        idx: p.index,
        start: p.start,
        end: p.end,
        is_title: p.title ? 1 : 0,
      })),
    );
    for (const part of chunks(passages)) await trx.insertInto('passages').values(part).execute();
    const mentions = batch.flatMap(({ parsed: { article, mentions } }) =>
      mentions.map((m, seq) => ({
        article_id: article.id,
        seq,
        passage_idx: m.passageIndex,
        start: m.start,
        end: m.end,
        text: m.text,
        form: m.form,
        place_id: m.placeId,
        confidence: m.confidence,
        alternatives: JSON.stringify(m.alternatives),
        reasons: m.reasons ? JSON.stringify(m.reasons) : null,
      })),
    );
    for (const part of chunks(mentions)) await trx.insertInto('mentions').values(part).execute();
    const packed = batch.map(({ parsed: { article, mentions } }) => ({
      article_id: article.id,
      packed: packMentions(mentions),
    }));
    for (const part of chunks(packed))
      await trx.insertInto('packed_mentions').values(part).execute();
  });
}

/** Deletes articles by id (a file that went away, or that can no longer be used). */
export async function deleteArticles(db: StoreDb, ids: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const part of chunks([...ids])) {
      await trx.deleteFrom('articles').where('id', 'in', part).execute();
    }
  });
}

/**
 * Packs the mentions of stored articles that have none packed (stored before packing existed),
 * from the mentions table: once, after which every article is written with its packed row.
 */
export async function packMissing(db: StoreDb): Promise<void> {
  for (;;) {
    const ids = (
      await db
        .selectFrom('articles')
        .leftJoin('packed_mentions', 'packed_mentions.article_id', 'articles.id')
        .select('articles.id as id')
        .where('packed_mentions.article_id', 'is', null)
        .limit(READ_BATCH)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) return;
    const mentions = await mentionsOf(db, ids);
    const rows = ids.map((id) => ({
      article_id: id,
      packed: packMentions((mentions.get(id) ?? []).map(publishMention)),
    }));
    await db.insertInto('packed_mentions').values(rows).execute();
  }
}
