import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildArticleShard, buildClaimed, type ShardBuilt, type ShardJob } from './article-shards';
import { bundleEntry, type Bundle } from './bundle';
import type { StoreDb } from './db';
import type { ShardWriter } from './shard-writer';
import { HEAP_LIMITS } from './writer';

export type ShardThreadReply =
  | {
      built: { index: number; built: ShardBuilt }[];
      counts: { bytes: number; written: number; reused: number };
    }
  | { error: string };

/** Where a thread of its own can find the store and the bundled thread code. */
export interface ShardThreadOptions {
  storePath: string;
  /** The thread's bundle (shardThreadBundle): a run may ask for it early, as it parses. */
  bundle: () => Promise<Bundle>;
  /** Fewer articles to write than this are written here (default THREAD_MIN_ARTICLES). */
  minArticles?: number;
  /** False leaves every job to the thread (default true: `result` builds what is left too). */
  share?: boolean;
}

/**
 * Below this many articles to write, the shards are built on the publishing thread: starting a
 * thread (its bundle, its connection) costs more than it saves, as on a re-run after one change.
 */
export const THREAD_MIN_ARTICLES = 2_000;

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'article-shards-thread.ts');

/**
 * The thread's code, bundled into `dir` (or found there, unchanged). esbuild takes about a second
 * on a fresh cache: a run that parses many articles asks for it early, so its publish finds it.
 */
export function shardThreadBundle(dir: string): Promise<Bundle> {
  const bundle = bundleEntry(ENTRY, 'article-shards', dir, ['better-sqlite3']);
  // A failure is reported where the bundle is used, if a publish needs the thread at all.
  bundle.catch(() => undefined);
  return bundle;
}

/**
 * Builds the article shards of `jobs`: in a thread of its own when there are many (the work then
 * runs beside the passage pages, on the other core), else here. Call `result` once the other work
 * of the publish is done: it builds the jobs the thread has not taken yet, here, then waits for
 * the thread. Either way the files are the same and `writer` ends up counting them.
 */
export function startArticleShards(
  db: StoreDb,
  jobs: readonly ShardJob[],
  writer: ShardWriter,
  place: { out: string; tmp: string; thread?: ShardThreadOptions },
): { result: () => Promise<ShardBuilt[]>; stop: () => void } {
  const articles = jobs.reduce((sum, job) => sum + job.articles.length, 0);
  const { thread } = place;
  if (!thread || articles < (thread.minArticles ?? THREAD_MIN_ARTICLES)) {
    return {
      result: async () => {
        const built: ShardBuilt[] = [];
        for (const job of jobs) built.push(await buildArticleShard(db, job, writer));
        return built;
      },
      stop: () => undefined,
    };
  }
  const claims = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | undefined;
  const options = { out: place.out, tmp: place.tmp, ...thread, claims };
  const running = inThread(jobs, options, (started) => {
    worker = started;
  });
  // Settled here too, so a failure while the caller is busy is never an unhandled rejection.
  running.catch(() => undefined);
  return {
    result: async () => {
      const here = thread.share === false ? [] : await buildClaimed(db, jobs, writer, claims);
      const reply = await running;
      if ('error' in reply) throw new Error(`writing the article shards failed: ${reply.error}`);
      writer.absorb(reply.counts);
      const built: ShardBuilt[] = [];
      for (const done of [...here, ...reply.built]) built[done.index] = done.built;
      if (built.filter(Boolean).length !== jobs.length) {
        throw new Error('an article shard was claimed but not built');
      }
      return built;
    },
    // A publish that failed elsewhere ends the thread rather than wait for it.
    stop: () => void worker?.terminate(),
  };
}

async function inThread(
  jobs: readonly ShardJob[],
  options: ShardThreadOptions & { out: string; tmp: string; claims: Int32Array },
  onStart: (worker: Worker) => void,
): Promise<ShardThreadReply> {
  const bundle = await options.bundle();
  const worker = new Worker(bundle.path, {
    workerData: {
      storePath: options.storePath,
      out: options.out,
      tmp: options.tmp,
      claims: options.claims,
    },
    resourceLimits: HEAP_LIMITS,
  });
  onStart(worker);
  return new Promise<ShardThreadReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the article-shard thread stopped (exit code ${code})`));
    });
    worker.postMessage(jobs);
  });
}
