import { fnv1a32, dayFromIso } from '../../shared/hash';
import type { ParsedArticle } from '../../core/pipeline/index';
import type { BulkWriter } from './bulk-write';
import type { StoreDb } from './db';
import { packMentions } from './packed-mentions';
import { mentionsOf, READ_BATCH, publishMention } from './read-store';
import type { StoredFingerprint } from './parse-for-store';

export interface ArticleToStore {
  parsed: ParsedArticle;
  text: string;
  hash: string;
  fingerprint: StoredFingerprint;
}

/**
 * Replaces a batch of articles with their new parse, in one transaction: a kill leaves either
 * the old rows or the new ones. Passages and mentions go with their article (ON DELETE CASCADE).
 * Synchronous, through prepared statements (bulk-write.ts): the hot loop of a cold run.
 */
export function storeArticles(
  bulk: BulkWriter,
  batch: readonly ArticleToStore[],
  parsedWith: string,
): void {
  if (batch.length === 0) return;
  bulk.transaction(() => {
    bulk.deleteWhere(
      'articles',
      'id',
      batch.map((b) => b.parsed.article.id),
    );
    const places = new Map(batch.flatMap((b) => b.parsed.places.map((p) => [p.id, p] as const)));
    bulk.insert(
      'places',
      [...places.values()].map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        admin1: p.admin1 ?? null,
      })),
      'id',
    );
    bulk.insert(
      'articles',
      batch.map(({ parsed: { article, terms }, hash }) => ({
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
      })),
    );
    bulk.insert(
      'article_texts',
      batch.map(({ parsed: { article }, text }) => ({ article_id: article.id, text })),
    );
    // Grouping into stories is decided after the sync (see stories.ts); until then, no copy.
    bulk.insert(
      'fingerprints',
      batch.map(({ parsed: { article }, fingerprint }) => ({
        article_id: article.id,
        ...fingerprint,
        copy_of: null,
        copy_kind: null,
      })),
    );
    bulk.insert(
      'notices',
      batch.flatMap(({ parsed: { article, notices } }) =>
        notices.map((text, seq) => ({ article_id: article.id, seq, text })),
      ),
    );
    bulk.insert(
      'passages',
      batch.flatMap(({ parsed: { article } }) =>
        article.passages.map((p) => ({
          article_id: article.id,
          idx: p.index,
          start: p.start,
          end: p.end,
          is_title: p.title ? 1 : 0,
        })),
      ),
    );
    bulk.insert(
      'mentions',
      batch.flatMap(({ parsed: { article, mentions } }) =>
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
      ),
    );
    bulk.insert(
      'packed_mentions',
      batch.map(({ parsed: { article, mentions } }) => ({
        article_id: article.id,
        packed: packMentions(mentions),
      })),
    );
  });
}

/** Deletes articles by id (a file that went away, or that can no longer be used). */
export function deleteArticles(bulk: BulkWriter, ids: readonly string[]): void {
  bulk.transaction(() => {
    bulk.deleteWhere('articles', 'id', ids);
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
