import { sql, type ExpressionBuilder } from 'kysely';
import type { StoreReader } from './batch-reader';
import type { StoreDb } from './db';
import type { MentionTable, StoreTables } from './tables';
import type { MentionForm } from '../../shared/schema';
import type { PublishMention } from '../../core/publish/00-corrections';

/** Articles fetched per query when walking the store: bounded memory, few round trips. */
export const READ_BATCH = 256;

/** Newest first: dated by day descending, undated last; ties by title, then id. */
function inListOrder(db: StoreDb) {
  return db
    .selectFrom('articles')
    .orderBy(sql`day desc nulls last`)
    .orderBy('title')
    .orderBy('id');
}

export interface ListRow {
  id: string;
  hash: string;
  parsed_with: string;
  title: string;
  source: string | null;
  day: number | null;
  url: string | null;
  bucket: number;
  terms: string;
  /** The canonical article of the story this one copies, or null (see stories.ts). */
  copy_of: string | null;
  copy_kind: string | null;
  /** The article's mentions packed (packed-mentions.ts); null only before the sync packs them. */
  packed: string | null;
}

/** An article's content hash and parse version as one text, made by SQLite: `hash parsed_with`. */
export function versionText(eb: ExpressionBuilder<StoreTables, 'articles'>) {
  return sql<string>`${eb.ref('hash')} || ' ' || ${eb.ref('parsed_with')}`.as('version');
}

/** What names an article's version in the list, for the digests of blocks of it (walk-parts.ts). */
export interface ListKey {
  id: string;
  bucket: number;
  /** Its content hash, parse version and the story it copies, if any, as one text. */
  version: string;
  /** False for another outlet's copy of a story: counted apart, never listed. */
  listed: boolean;
}

/**
 * The articles' versions and buckets as a run read them before its sync (storedState), and the
 * ids the sync stored since: with the articles it deleted, every change to the articles.
 */
export interface StoredKeys {
  versions: ReadonlyMap<string, string>;
  buckets: ReadonlyMap<string, number>;
  stored: readonly string[];
}

/**
 * Every article's key, in list order. Three lean reads joined here: the ids in list order come
 * from the list's index alone, versions from a plain scan, copies from the few that are; one
 * query joining them looked each article up by its row, twice the time. Rows are read as
 * arrays and each version is one text made by SQLite: 100,000 of them at every re-run. Given
 * what the run read before its sync (`before`), only the articles stored since are read again.
 */
export function listKeys(reader: StoreReader, before?: StoredKeys): ListKey[] {
  const { db } = reader;
  const { versions, buckets } = currentVersions(reader, before);
  const copies = new Map<string, string>();
  const copyRows = db
    .selectFrom('fingerprints')
    .select(['article_id', 'copy_of', 'copy_kind'])
    .where('copy_of', 'is not', null);
  for (const [id, of, kind] of reader.tuples<[string, string, string | null]>(copyRows)) {
    copies.set(id, `${of} ${kind}`);
  }
  const keys: ListKey[] = [];
  // A deleted article is not in the list's order, whatever `before` said of it.
  for (const [id] of reader.tuples<[string]>(inListOrder(db).select('id'))) {
    const version = versions(id);
    const bucket = buckets(id);
    if (version === undefined || bucket === undefined) continue;
    const copy = copies.get(id);
    keys.push({
      id,
      bucket,
      version: copy === undefined ? version : `${version} ${copy}`,
      listed: copy === undefined,
    });
  }
  return keys;
}

type Lookup<T> = (id: string) => T | undefined;

/** Each article's version and bucket now: read whole, or those stored since `before` only. */
function currentVersions(
  reader: StoreReader,
  before?: StoredKeys,
): { versions: Lookup<string>; buckets: Lookup<number> } {
  const versions = new Map<string, string>();
  const buckets = new Map<string, number>();
  const read = (ids?: readonly string[]) => {
    const all = reader.db.selectFrom('articles').select((eb) => ['id', versionText(eb), 'bucket']);
    const query = ids === undefined ? all : all.where('id', 'in', ids);
    for (const [id, version, bucket] of reader.tuples<[string, string, number]>(query)) {
      versions.set(id, version);
      buckets.set(id, bucket);
    }
  };
  // Many stored (a first run): one scan costs less than looking each one up.
  if (before === undefined || before.stored.length * 4 > before.versions.size) {
    read();
    return { versions: (id) => versions.get(id), buckets: (id) => buckets.get(id) };
  }
  for (let i = 0; i < before.stored.length; i += READ_BATCH) {
    read(before.stored.slice(i, i + READ_BATCH));
  }
  return {
    versions: (id) => versions.get(id) ?? before.versions.get(id),
    buckets: (id) => buckets.get(id) ?? before.buckets.get(id),
  };
}

/**
 * Whether some article has no row in `table`, a table of one row per article dropped with it
 * (foreign key, on delete cascade): then its rows number fewer than the articles. Two counts,
 * each from an index, where looking for the article without a row read every article at a
 * re-run (0.1-0.2 s at 100k) to find, nearly always, none.
 */
export async function someArticleLacks(
  db: StoreDb,
  table: 'packed_mentions' | 'fingerprints',
): Promise<boolean> {
  // A number from SQLite; PostgreSQL's count is a bigint, which its driver gives as text.
  const { rows } = await sql<{ missing: number | string }>`select
    (select count(*) from articles) - (select count(*) from ${sql.table(table)}) as missing`.execute(
    db,
  );
  return Number(rows[0]?.missing ?? 0) > 0;
}

/** The articles' metadata in list order, in batches; never their texts. */
export function listBatches(reader: StoreReader, ids?: readonly string[]): Generator<ListRow[]> {
  const all = inListOrder(reader.db)
    .leftJoin('fingerprints', 'fingerprints.article_id', 'articles.id')
    .leftJoin('packed_mentions', 'packed_mentions.article_id', 'articles.id')
    .select([
      'id',
      'hash',
      'parsed_with',
      'title',
      'source',
      'day',
      'url',
      'bucket',
      'terms',
      'fingerprints.copy_of as copy_of',
      'fingerprints.copy_kind as copy_kind',
      'packed_mentions.packed as packed',
    ]);
  const query = ids === undefined ? all : all.where('id', 'in', ids);
  return reader.batches(query, READ_BATCH);
}

export type MentionRow = Omit<MentionTable, 'form'> & { form: MentionForm };

/** A stored mention as publishing sees it. */
export function publishMention(row: MentionRow): PublishMention {
  const mention: PublishMention = {
    passageIndex: row.passage_idx,
    start: row.start,
    end: row.end,
    text: row.text,
    form: row.form,
    placeId: row.place_id,
    confidence: row.confidence,
    alternatives: JSON.parse(row.alternatives) as string[],
  };
  if (row.reasons !== null) mention.reasons = JSON.parse(row.reasons) as string[];
  return mention;
}

/** The mentions of some articles, grouped by article id, each group in text order. */
export async function mentionsOf(
  db: StoreDb,
  ids: readonly string[],
): Promise<Map<string, MentionRow[]>> {
  const rows = await db
    .selectFrom('mentions')
    .selectAll()
    .where('article_id', 'in', ids)
    .orderBy('article_id')
    .orderBy('seq')
    .execute();
  return groupBy(rows as MentionRow[], (r) => r.article_id);
}

export interface PassageRow {
  article_id: string;
  idx: number;
  start: number;
  end: number;
  is_title: number;
}

export async function passagesOf(
  db: StoreDb,
  ids: readonly string[],
): Promise<Map<string, PassageRow[]>> {
  const rows = await db
    .selectFrom('passages')
    .selectAll()
    .where('article_id', 'in', ids)
    .orderBy('article_id')
    .orderBy('idx')
    .execute();
  return groupBy(rows, (r) => r.article_id);
}

export interface FullRow {
  id: string;
  file: string;
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

export async function articlesOf(db: StoreDb, ids: readonly string[]): Promise<FullRow[]> {
  return db
    .selectFrom('articles')
    .innerJoin('article_texts', 'article_texts.article_id', 'articles.id')
    .select(['id', 'file', 'title', 'source', 'date', 'url', 'article_texts.text as text'])
    .where('id', 'in', ids)
    .execute();
}

/** An article's text and its passages' bounds, [start, end] pairs in passage order. */
export interface PassageSource {
  text: string;
  bounds: number[];
}

/**
 * What passage pages cut passages from: some articles' texts and their passages' bounds, by
 * article id. Two lean reads of rows as arrays on the reader's connection: articlesOf and
 * passagesOf build an object per row through Kysely's driver, and read metadata these pages
 * take from the list.
 */
export function passageSourcesOf(
  reader: StoreReader,
  ids: readonly string[],
): Map<string, PassageSource> {
  const { db } = reader;
  const sources = new Map<string, PassageSource>();
  const texts = db
    .selectFrom('article_texts')
    .select(['article_id', 'text'])
    .where('article_id', 'in', ids);
  for (const [id, text] of reader.tuples<[string, string]>(texts)) {
    sources.set(id, { text, bounds: [] });
  }
  const passages = db
    .selectFrom('passages')
    .select(['article_id', 'start', 'end'])
    .where('article_id', 'in', ids)
    .orderBy('article_id')
    .orderBy('idx');
  for (const [id, start, end] of reader.tuples<[string, number, number]>(passages)) {
    sources.get(id)?.bounds.push(start, end);
  }
  return sources;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
