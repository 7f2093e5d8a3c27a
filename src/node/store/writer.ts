import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleEntry } from './bundle';

export type WriterRequest = { close: true } | { close?: false; id: number; rows: Uint8Array[] };
export interface WriterReply {
  id: number;
  error?: { message: string; code: string | undefined };
}

/** Where parsed articles go: stored in the background, in the order they are given. */
export interface StoreWriter {
  /** Stores the rows of parsed batches (ParsedBatch.rows) in one transaction; resolves once committed. */
  write(rows: Uint8Array[]): Promise<void>;
  /** Waits for every write to settle, then ends the writer. */
  close(): Promise<void>;
}

/**
 * Heap settings of the parse and writer threads, which do about three quarters of a cold run's
 * CPU work.
 * - Old generation: a ceiling far above what a thread holds (a parse thread: the gazetteer,
 *   about 70 MB, and a batch). With one set, V8 grows a worker's heap less eagerly: at 5,000
 *   articles the run's peak RSS went from 760-810 MB to 600-610 MB; 256 MB did no better.
 * - Young generation: 96 MB (semi-spaces of 32 MB, twice V8's default). Parsing makes short-lived
 *   objects by the million and scavenges took about 14% of a parse thread's time. At 20,000
 *   articles (3 runs each, interleaved, on a loaded machine) a cold run's CPU time fell from
 *   52.0 to 44.2 s (medians) for about 50 MB more peak RSS.
 */
export const HEAP_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 96 };

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'writer-thread.ts');

/** A write that failed in the writer thread, with its code (SQLITE_FULL, ...). */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * The buffers of the rows that span theirs whole (as node:v8's serialize makes them): moved to
 * the writer rather than copied, since a copy is fresh memory, and fresh memory costs page faults.
 * A view into a buffer shared with other data is copied as before.
 */
function wholeBuffers(rows: readonly Uint8Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const r of rows)
    if (
      r.buffer instanceof ArrayBuffer &&
      r.byteOffset === 0 &&
      r.byteLength === r.buffer.byteLength
    )
      buffers.add(r.buffer);
  return [...buffers];
}

/**
 * The store's writer thread (writer-thread.ts), started at the first write, so a run that
 * parses nothing starts none. The rows pass through this thread as bytes, never read here:
 * turning them back into objects and the SQLite work are the writer's.
 */
export function threadWriter(storePath: string, parsedWith: string, bundles: string): StoreWriter {
  let started: Promise<{ worker: Worker; exited: Promise<unknown> }> | undefined;
  let failure: Error | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const outstanding = new Set<Promise<void>>();
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  // A thread that failed (or stopped) fails every later write at once.
  const throwIfFailed = () => {
    if (failure !== undefined) throw failure;
  };
  const start = async () => {
    const bundle = await bundleEntry(ENTRY, 'store-writer', bundles, ['better-sqlite3']);
    const worker = new Worker(bundle.path, {
      workerData: { storePath, parsedWith },
      resourceLimits: HEAP_LIMITS,
    });
    worker.on('message', ({ id, error }: WriterReply) => {
      const waiter = waiting.get(id);
      waiting.delete(id);
      if (error) waiter?.reject(new WriteError(error.message, error.code));
      else waiter?.resolve();
    });
    worker.on('error', fail);
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    void exited.then(() => {
      fail(new Error('the store writer thread stopped'));
    });
    return { worker, exited };
  };
  return {
    async write(rows) {
      throwIfFailed();
      started ??= start();
      const { worker } = await started;
      throwIfFailed();
      const id = next++;
      const done = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
      outstanding.add(done);
      void done.then(
        () => outstanding.delete(done),
        () => outstanding.delete(done),
      );
      worker.postMessage({ id, rows } satisfies WriterRequest, wholeBuffers(rows));
      return done;
    },
    async close() {
      if (!started) return;
      const { worker, exited } = await started;
      await Promise.allSettled([...outstanding]);
      if (!failure) worker.postMessage({ close: true } satisfies WriterRequest);
      await exited;
    },
  };
}
