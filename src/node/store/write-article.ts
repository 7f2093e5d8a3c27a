import type { BulkWriter } from './bulk-write';
import type { StoreDb } from './db';
import { packMentions } from './packed-mentions';
import { mentionsOf, READ_BATCH, publishMention } from './read-store';
import {
  PARSED_WITH_COLUMN,
  STORED_COLUMNS,
  type StoredTable,
  type StoredValue,
  type StoreRows,
} from './store-rows';

/**
 * Replaces batches of articles with their new parse (rows made by storeRowsOf), in one
 * transaction: a kill leaves either the old rows or the new ones. Passages and mentions go with
 * their article (ON DELETE CASCADE). Synchronous, through prepared statements (bulk-write.ts):
 * the hot loop of a cold run.
 *
 * `placesStored` holds the ids of places this writer has stored for this parse version: a
 * place's row is the gazetteer's, the same in every batch, so it is written once a run rather
 * than once a batch (about 12 place rows an article). Ids are added once the transaction commits.
 */
export function storeRows(
  bulk: BulkWriter,
  parts: readonly StoreRows[],
  parsedWith: string,
  placesStored: Set<string> = new Set(),
): void {
  const added = new Set<string>();
  bulk.transaction(() => {
    for (const { ids, values } of parts) {
      bulk.deleteWhere('articles', 'id', ids);
      const width = STORED_COLUMNS.articles.length;
      for (let at = PARSED_WITH_COLUMN; at < values.articles.length; at += width)
        values.articles[at] = parsedWith;
      for (const table of Object.keys(STORED_COLUMNS) as StoredTable[]) {
        const rows =
          table === 'places' ? newPlaces(values.places, placesStored, added) : values[table];
        bulk.insertValues(
          table,
          STORED_COLUMNS[table],
          rows,
          table === 'places' ? 'id' : undefined,
        );
      }
    }
  });
  for (const id of added) placesStored.add(id);
}

/** The place rows whose id is neither stored already nor earlier in this transaction. */
function newPlaces(
  values: StoredValue[],
  stored: ReadonlySet<string>,
  added: Set<string>,
): StoredValue[] {
  const width = STORED_COLUMNS.places.length;
  const fresh: StoredValue[] = [];
  for (let at = 0; at < values.length; at += width) {
    const id = values[at] as string;
    if (stored.has(id) || added.has(id)) continue;
    added.add(id);
    for (let k = 0; k < width; k++) fresh.push(values[at + k] as StoredValue);
  }
  return fresh;
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
