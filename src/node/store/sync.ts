import type { ArticleMeta } from '../../core/pipeline/04-structure-article';
import { createHash } from 'node:crypto';
import { articleId } from '../../core/pipeline/04-structure-article';
import type { BulkWriter } from './bulk-write';
import type { StoreReader } from './batch-reader';
import { someArticleLacks, versionText } from './read-store';
import type { OpenStore, StoreDb } from './db';
import type { ParsedBatch } from './parse-for-store';
import type { KeptFile, ReadItem, UnchangedItem } from './sources';
import { deleteArticles, packMissing } from './write-article';
import type { StoreWriter } from './writer';

/** What one article sent to the geoparser carries. */
export interface ParseInput {
  id: string;
  file: string;
  text: string;
  /** What the reader found outside the text: title, source, date, link. */
  meta?: ArticleMeta;
}

/** One article to parse, with its content hash (the key it is stored under). */
export interface ParseTask {
  input: ParseInput;
  hash: string;
}

/** Parses a batch of articles (in worker threads, or in-process in tests), in order. */
export type ParseBatch = (tasks: ParseTask[]) => Promise<ParsedBatch>;

export interface SyncOptions {
  /** The geoparser and gazetteer versions, joined: articles parsed with another are re-parsed. */
  parsedWith: string;
  parse: ParseBatch;
  /** What the store holds (storedState): what needs no parse, and what is gone. */
  known: StoredState['known'];
  /** Stores what was parsed, off this thread (writer.ts). */
  writer: StoreWriter;
  /** Articles per parse batch, and batches in flight (enough to keep every worker busy). */
  batchSize?: number;
  inFlight?: number;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  read: number;
  toParse: number;
  parsed: number;
}

export interface SyncResult {
  /** Items the reader gave, usable or not. */
  read: number;
  /** Usable articles now in the store. */
  articles: number;
  /** Articles geoparsed this run (new, changed, or parsed by another version). */
  parsed: number;
  /** Files not read at all: their stamp said they were as the store had them. */
  unread: number;
  deleted: number;
  /**
   * The ids of the articles this run stored (parsed and usable): with those deleted, all that
   * changed in the store's articles since storedState read them (see storedKeys).
   */
  stored: string[];
  rejected: { file: string; reason: string }[];
  /**
   * What reading and structuring noticed about usable articles (an encoding guessed, a date left
   * out, a text cut at the size limit), by file, each once: printed after the run.
   */
  notes: { file: string; note: string }[];
}

/** Parsed articles per store transaction. */
const STORE_BATCH = 512;

/** SHA-256 of everything an article is made from; the store keys its work by it. */
export function contentHash(input: ParseInput): string {
  const hash = createHash('sha256');
  hash.update(input.file).update('\u0000').update(input.text).update('\u0000');
  hash.update(JSON.stringify(input.meta ?? null));
  return hash.digest('hex');
}

/**
 * Brings the store in line with the collection: new and changed articles (or all, when the
 * geoparser or gazetteer changed) are parsed and stored; articles whose files are gone are
 * dropped. Each stored batch is one transaction, so a kill loses at most the batches in flight.
 */
export async function syncStore(
  store: Pick<OpenStore, 'db' | 'bulk'>,
  items: AsyncIterable<ReadItem | UnchangedItem>,
  options: SyncOptions,
): Promise<SyncResult> {
  const { db, bulk } = store;
  const { parsedWith, parse, writer, known } = options;
  const batchSize = options.batchSize ?? 32;
  const inFlight = options.inFlight ?? 4;
  const seen = new Set<string>();
  const rejected: { file: string; reason: string }[] = [];
  const notes: { file: string; note: string }[] = [];
  const unusable: string[] = [];
  const stored: string[] = [];
  const progress: SyncProgress = { read: 0, toParse: 0, parsed: 0 };
  let unread = 0;
  const pending = new Set<Promise<void>>();
  let batch: { input: ParseInput; hash: string; kept?: KeptFile }[] = [];
  // Files read this run whose stamp can be kept: recorded once their article is stored.
  const keep: { file: string; kept: KeptFile }[] = [];
  // Parsed articles wait here to be stored many to a transaction: fewer, larger writes.
  let toStore: Uint8Array[] = [];
  let toStoreCount = 0;
  const storeParsed = (): Promise<void> => {
    const rows = toStore;
    toStore = [];
    toStoreCount = 0;
    return rows.length > 0 ? writer.write(rows) : Promise.resolve();
  };

  const flush = async () => {
    const sent = batch;
    batch = [];
    if (sent.length === 0) return;
    const job = (async () => {
      const { rejected: reasons, rows } = await parse(
        sent.map(({ input, hash }) => ({ input, hash })),
      );
      let usable = 0;
      reasons.forEach((reason, i) => {
        const { input, kept } = sent[i] as (typeof sent)[number];
        if (reason === null) {
          usable += 1;
          stored.push(input.id);
          if (kept) keep.push({ file: input.file, kept });
        } else {
          rejected.push({ file: input.file, reason });
          unusable.push(input.id);
        }
      });
      if (usable > 0) toStore.push(rows);
      toStoreCount += usable;
      progress.parsed += sent.length;
      options.onProgress?.(progress);
      // The job holds its place among those in flight until its write is committed: a writer
      // that falls behind slows the reading, instead of parsed rows piling up in memory.
      if (toStoreCount >= STORE_BATCH) await storeParsed();
    })();
    pending.add(job);
    void job.finally(() => pending.delete(job)).catch(() => undefined);
    if (pending.size >= inFlight) await Promise.race(pending);
  };

  // A file's notices are kept; its id is its article's unless an earlier file took it.
  const claim = (file: string, id: string, notices: readonly string[]): boolean => {
    for (const note of notices) notes.push({ file, note });
    if (seen.has(id)) {
      rejected.push({ file, reason: `another file already has the id "${id}"` });
      return false;
    }
    seen.add(id);
    return true;
  };

  for await (const item of items) {
    progress.read += 1;
    if (progress.read % 256 === 0) options.onProgress?.(progress);
    if (item.ok === 'unchanged') {
      // Not read: the store already holds it, parsed by this version (see storedState).
      unread += 1;
      claim(item.file, item.kept.id, item.kept.notices);
      continue;
    }
    if (!item.ok) {
      rejected.push({ file: item.file, reason: item.reason });
      continue;
    }
    const { source } = item;
    const id = source.id ?? articleId(source.file);
    if (!claim(source.file, id, item.notices ?? [])) continue;
    const input: ParseInput = { id, file: source.file, text: source.text };
    if (source.meta !== undefined) input.meta = source.meta;
    const hash = contentHash(input);
    if (known.get(id) === `${hash} ${parsedWith}`) {
      if (item.kept) keep.push({ file: source.file, kept: item.kept });
      continue;
    }
    progress.toParse += 1;
    batch.push(item.kept ? { input, hash, kept: item.kept } : { input, hash });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(pending);
  await storeParsed();

  for (const id of unusable) seen.delete(id);
  const gone = [...known.keys()].filter((id) => !seen.has(id));
  deleteArticles(bulk, gone);
  keepFiles(bulk, keep);
  // Only a store from before packed mentions lacks any (write-article.ts).
  if (await someArticleLacks(db, 'packed_mentions')) await packMissing(db);
  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  notes.push(...(await storedNotices(db)));
  return {
    read: progress.read,
    articles: seen.size,
    parsed: progress.toParse,
    unread,
    deleted: gone.length,
    stored,
    rejected,
    notes: byFileOnce(notes),
  };
}

export interface StoredState {
  /** Every stored article's content hash and parse version, joined by a space, by id. */
  known: Map<string, string>;
  /** Every stored article's bucket (fnv1a32 of its id), by id: with `known`, its list key. */
  buckets: Map<string, number>;
  /**
   * What the store kept of single-article files whose article is parsed by this version: a file
   * with the same stamp is not read again (readSources).
   */
  kept: Map<string, KeptFile>;
}

const NO_NOTICES: string[] = [];

/**
 * The stored articles' versions and their files' stamps (a re-run's first read): two plain scans
 * joined here, which take half the time of one join looking each article's file up by index.
 * Rows come as arrays from the reader's connection, each version one text made by SQLite.
 */
export function storedState(reader: StoreReader, parsedWith: string): StoredState {
  const known = new Map<string, string>();
  const buckets = new Map<string, number>();
  const current = new Set<string>();
  const articles = reader.db
    .selectFrom('articles')
    .select((eb) => ['id', versionText(eb), 'parsed_with', 'bucket']);
  type ArticleRow = [string, string, string, number];
  for (const [id, version, parsed, bucket] of reader.tuples<ArticleRow>(articles)) {
    known.set(id, version);
    buckets.set(id, bucket);
    if (parsed === parsedWith) current.add(id);
  }
  const files = reader.db
    .selectFrom('files')
    .select(['file', 'stamp', 'article_id', 'bytes', 'notices']);
  const kept = new Map<string, KeptFile>();
  type FileRow = [string, string, string, number, string];
  for (const [file, stamp, id, bytes, notices] of reader.tuples<FileRow>(files)) {
    if (!current.has(id)) continue;
    // Most files noticed nothing: one shared empty list, not a parse per file.
    const parsed = notices === '[]' ? NO_NOTICES : (JSON.parse(notices) as string[]);
    kept.set(file, { stamp, id, bytes, notices: parsed });
  }
  return { known, buckets, kept };
}

/** Records the stamps of files read this run, once their articles are stored. */
function keepFiles(bulk: BulkWriter, keep: readonly { file: string; kept: KeptFile }[]): void {
  bulk.transaction(() => {
    bulk.insert(
      'files',
      keep.map(({ file, kept }) => ({
        file,
        stamp: kept.stamp,
        article_id: kept.id,
        bytes: kept.bytes,
        notices: JSON.stringify(kept.notices),
      })),
      'file',
    );
  });
}

/** Structuring notices of every stored article, named by its id when its file holds several. */
async function storedNotices(db: StoreDb): Promise<{ file: string; note: string }[]> {
  const rows = await db
    .selectFrom('notices')
    .innerJoin('articles', 'articles.id', 'notices.article_id')
    .select(['articles.file as file', 'articles.id as id', 'notices.text as text'])
    .orderBy('notices.article_id')
    .orderBy('notices.seq')
    .execute();
  return rows.map(({ file, id, text }) => ({
    file,
    note: articleId(file) === id ? text : `article "${id}": ${text}`,
  }));
}

/** Notes grouped by file (files in order, notes in the order they came), repeats dropped. */
function byFileOnce(notes: { file: string; note: string }[]): { file: string; note: string }[] {
  const seen = new Set<string>();
  const once = notes.filter(({ file, note }) => {
    const key = `${file}\u0000${note}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return once.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
