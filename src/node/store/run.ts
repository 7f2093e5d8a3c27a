import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_ATTRIBUTIONS } from '../basemap';
import { cachedBasemap } from './basemap-cache';
import { gazetteerAttribution } from '../gazetteer/attribution';
import { bundleEntry, type Bundle } from './bundle';
import { openStore, type StoreDb } from './db';
import { ensureGazetteer } from './gazetteer-file';
import type { Lifeline } from './lifeline';
import { shardThreadBundle, THREAD_MIN_ARTICLES } from './article-shards-runner';
import { partsThreadBundle } from './parts-helper';
import { startParsePool } from './pool';
import type { Progress } from './progress';
import { publish, type PublishResult } from './publish';
import { lockCache } from './run-lock';
import { clearTmp } from './shard-writer';
import { groupCopies } from './stories';
import { readSources, type ReadItem, type UnchangedItem } from './sources';
import { storedState, syncStore, type ParseBatch, type SyncResult } from './sync';
import { storePaths } from './paths';
import { listInThread } from './seed-listing';
import { walkBundle } from './walk-parts';
import { threadWriter, type StoreWriter } from './writer';
import { correctionsPath, loadCorrections } from '../io/corrections-file';
import type { Correction } from '../../shared/schema';
import type { FolderListing } from '../io/listing';

/** The geoparser to run and the versions that name its output. */
export interface Parser {
  parse: ParseBatch;
  /** Content hash of the geoparser code. */
  geoparser: string;
  /** Content hash of the gazetteer index. */
  gazetteer: string;
  threads: number;
  close(): Promise<void>;
}

export interface RunOptions {
  seeds: string;
  out: string;
  cacheDir: string;
  /** Defaults to the worker pool over the bundled geoparser; tests pass their own. */
  parser?: Parser;
  /**
   * How many articles the reader will give, for the progress bar's total: counted from the seeds
   * folder's listing once the listing thread gives it (see expected-articles.ts), so the folder
   * is not listed twice; undefined when it cannot be known.
   */
  expected?: (listing: FolderListing | undefined) => number | undefined;
  /** Defaults to reading `seeds`. */
  items?: AsyncIterable<ReadItem | UnchangedItem>;
  threads?: number;
  progress?: Progress;
  /** False keeps every outlet's copy of a story as an article of its own (default true). */
  mergeCopies?: boolean;
  /** Checked before the index is switched: a run whose parent is gone publishes nothing. */
  lifeline?: Lifeline;
  /** Defaults to reading the corrections file in `seeds` (seeds/corrections.json). */
  corrections?: readonly Correction[];
  /** Articles per block of the publish walk, about; 0 walks the list whole (see walk-parts.ts). */
  walkBlockSpan?: number;
}

export interface RunSummary {
  sync: SyncResult;
  /** Copies merged into stories, and how many stories have copies. */
  duplicates: { exact: number; near: number; stories: number };
  /** Undefined when no article was usable: nothing was written. */
  published?: PublishResult;
  threads: number;
  /** One line for each correction in the corrections file that could not be read. */
  correctionProblems: string[];
}

export class ParentGone extends Error {}

const WORKER_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** The default parser: geoparse on every core, versioned by the bundle's and gazetteer's hashes. */
export async function workerParser(cacheDir: string, threads?: number): Promise<Parser> {
  const gazetteer = ensureGazetteer();
  // piscina is loaded from the project, not bundled: its `move` marks a result with a symbol
  // private to the copy of piscina that runs the thread.
  const bundle = await bundleEntry(WORKER_ENTRY, 'geoparse-worker', storePaths(cacheDir).bundles, [
    'piscina',
  ]);
  const pool = startParsePool(bundle.path, gazetteer.path, threads);
  return {
    parse: pool.parse,
    geoparser: bundle.hash,
    gazetteer: gazetteer.version,
    threads: pool.threads,
    close: () => pool.close(),
  };
}

async function recordRun(db: StoreDb, id: string, parser: Parser): Promise<void> {
  await db
    .updateTable('runs')
    .set({ status: 'abandoned' })
    .where('status', '=', 'running')
    .execute();
  await db
    .insertInto('runs')
    .values({
      id,
      started_at: new Date().toISOString(),
      geoparser: parser.geoparser,
      gazetteer: parser.gazetteer,
      status: 'running',
      articles: 0,
      parsed: 0,
      deleted: 0,
    })
    .execute();
}

/**
 * One preprocessing run: bring the store in line with the seeds (geoparsing only what is new or
 * changed), then publish it. The temp folder is cleared first; the published data changes only
 * by the final rename of the index, so a kill at any moment leaves the last good state served.
 */
export async function runPreprocess(options: RunOptions): Promise<RunSummary> {
  const paths = storePaths(options.cacheDir);
  // Read first: a corrections file that is not one stops the run before anything is touched.
  const { corrections, problems: correctionProblems } = options.corrections
    ? { corrections: options.corrections, problems: [] }
    : loadCorrections(correctionsPath(options.seeds));
  // Before anything in the cache is touched: a second run would clear the first one's temp files.
  const lock = lockCache(options.cacheDir);
  let store: Awaited<ReturnType<typeof openStore>> | undefined;
  let parser: Parser | undefined;
  let writer: StoreWriter | undefined;
  try {
    clearTmp(paths.tmp);
    // Listed beside the store's first reads (seed-listing.ts).
    const listing = options.items ? undefined : listInThread(options.seeds, paths.bundles);
    let expected: number | undefined;
    const count = options.expected;
    if (count) {
      void (listing ?? Promise.resolve(undefined))
        .then((listed) => {
          expected = count(listed);
        })
        // A folder that cannot be listed is reported by the reading, as it always was.
        .catch(() => undefined);
    }
    store = await openStore(paths.store);
    parser = options.parser ?? (await workerParser(options.cacheDir, options.threads));
    const runId = `${new Date().toISOString()}-${process.pid}`;
    await recordRun(store.db, runId, parser);
    // The article-shard thread's code, bundled once a run parses enough articles to publish with
    // it, so its publish does not wait on esbuild (see article-shards-runner.ts).
    let shardBundle: Promise<Bundle> | undefined;
    const bundle = () => (shardBundle ??= shardThreadBundle(paths.bundles));
    // The walk's helper thread likewise (parts-helper.ts): a run that parses many articles walks
    // many blocks of the list.
    let helperBundle: Promise<Bundle> | undefined;
    const walkHelper = () => (helperBundle ??= partsThreadBundle(paths.bundles));
    const parsedWith = `${parser.geoparser}:${parser.gazetteer}`;
    const { known, buckets, kept } = storedState(store.reader, parsedWith);
    const items = options.items ?? readSources(options.seeds, (file) => kept.get(file), listing);
    writer = threadWriter(paths.store, parsedWith, paths.bundles);
    const sync = await syncStore(store, items, {
      parsedWith,
      parse: parser.parse,
      known,
      writer,
      // Batches queued beyond what the threads run: they keep working while this thread stores.
      inFlight: parser.threads * 4,
      onProgress: ({ read, toParse }) => {
        if (toParse >= THREAD_MIN_ARTICLES) {
          void bundle();
          void walkHelper();
        }
        options.progress?.update(
          read,
          expected === undefined ? undefined : Math.max(read, expected),
        );
      },
    });
    await writer.close();
    // Publishing needs no geoparser: the threads and their gazetteers go before it starts.
    await parser.close();
    options.progress?.done();
    const duplicates = await groupCopies(store.db, options.mergeCopies ?? true);
    await store.db
      .updateTable('runs')
      .set({ articles: sync.articles, parsed: sync.parsed, deleted: sync.deleted })
      .where('id', '=', runId)
      .execute();
    if (sync.articles === 0)
      return { sync, duplicates, threads: parser.threads, correctionProblems };
    if (options.lifeline?.lost()) throw new ParentGone();
    const published = await publish(store.db, store.reader, {
      out: options.out,
      tmp: paths.tmp,
      run: {
        id: runId,
        finishedAt: new Date().toISOString(),
        geoparser: parser.geoparser,
        gazetteer: parser.gazetteer,
      },
      attribution: [...gazetteerAttribution(), ...BASEMAP_ATTRIBUTIONS],
      basemap: cachedBasemap(options.cacheDir),
      duplicates,
      beforeSwitch: () => {
        if (options.lifeline?.lost()) throw new ParentGone();
      },
      onStage: (stage) => options.progress?.stage(stage),
      corrections,
      thread: { storePath: paths.store, bundle },
      walkHelper: { storePath: paths.store, bundle: walkHelper },
      walkCache: { code: (await walkBundle(paths.bundles)).hash, dir: paths.walkParts },
      storedKeys: { versions: known, buckets, stored: sync.stored },
      ...(options.walkBlockSpan === undefined ? {} : { walkBlockSpan: options.walkBlockSpan }),
    });
    await store.db
      .updateTable('runs')
      .set({ status: 'published', finished_at: new Date().toISOString() })
      .where('id', '=', runId)
      .execute();
    return { sync, duplicates, published, threads: parser.threads, correctionProblems };
  } finally {
    await writer?.close();
    await parser?.close();
    await store?.close();
    lock.release();
  }
}
