import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { bundleEntry, type Bundle } from './bundle';
import type { ListKey } from './read-store';
import type { KeptPart } from './walk';
import { HEAP_LIMITS } from './writer';

export type PartsReply = { index: number; data: Uint8Array } | { done: true } | { error: string };

/** Where the walk's helper thread finds the store and its bundled code. */
export interface PartsHelperOptions {
  storePath: string;
  /** The thread's bundle (partsThreadBundle): a run may ask for it early, as it parses. */
  bundle: () => Promise<Bundle>;
}

/** A walked block's part, and the bytes it is kept as when it came from the helper thread. */
export interface WalkedPart {
  part: KeptPart;
  bytes?: Uint8Array;
}

/** A block's claim: nobody's yet, the walking thread's, or the helper's. */
export const FREE = 0;
export const CLAIMED_HERE = 1;
export const CLAIMED_BY_HELPER = 2;

/**
 * Fewer blocks to walk than this are walked on the publishing thread alone: a thread costs
 * its start (a connection, its code) and a re-run walks a block or two.
 */
export const HELPER_MIN_BLOCKS = 4;

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'parts-thread.ts');

/** The helper's code, bundled into `dir` (or found there, unchanged); see shardThreadBundle. */
export function partsThreadBundle(dir: string): Promise<Bundle> {
  // esbuild is loaded with the walk's code (walk-parts.ts names its own bundle), never run.
  const bundle = bundleEntry(ENTRY, 'walk-helper', dir, ['better-sqlite3', 'esbuild']);
  bundle.catch(() => undefined);
  return bundle;
}

/**
 * Walks blocks of the list in two threads: `here` walks a block on the calling thread; the
 * helper walks from the last block back while the caller goes from the first on, each block
 * claimed once (one Int32 a block, shared), so neither waits on the other until they meet.
 * `partOf(i)` is block i's part from whichever thread walked it; call it for i = 0, 1, ... in
 * order. Parts the helper walked ahead wait here: at most half the blocks, as bytes.
 */
export function walkWithHelper(
  blocks: readonly (readonly ListKey[])[],
  /** With the search shard count the parts' digests are for (walkBlock). */
  options: PartsHelperOptions & { searchCount: number },
  here: (index: number) => Promise<KeptPart>,
): { partOf: (index: number) => Promise<WalkedPart>; stop: () => void } {
  const claims = new Int32Array(new SharedArrayBuffer(4 * blocks.length));
  const parts = new Map<number, Uint8Array>();
  const waiting = new Map<number, (data: Uint8Array) => void>();
  let failure: Error | undefined;
  let failed: (error: Error) => void = () => undefined;
  const helperFailed = new Promise<never>((_, reject) => {
    failed = reject;
  });
  helperFailed.catch(() => undefined);
  let worker: Worker | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    failed(failure);
  };
  void options.bundle().then((bundle) => {
    if (failure) return;
    worker = new Worker(bundle.path, {
      workerData: {
        storePath: options.storePath,
        blocks,
        claims,
        searchCount: options.searchCount,
      },
      resourceLimits: HEAP_LIMITS,
    });
    worker.on('message', (reply: PartsReply) => {
      if ('error' in reply) fail(new Error(`the walk's helper thread failed: ${reply.error}`));
      else if ('index' in reply) {
        const resolve = waiting.get(reply.index);
        if (resolve) resolve(reply.data);
        else parts.set(reply.index, reply.data);
      }
    });
    worker.on('error', fail);
    worker.on('exit', () => {
      fail(new Error("the walk's helper thread stopped"));
    });
  }, fail);
  return {
    async partOf(index) {
      if (Atomics.compareExchange(claims, index, FREE, CLAIMED_HERE) === FREE) {
        return { part: await here(index) };
      }
      let data = parts.get(index);
      parts.delete(index);
      if (!data) {
        if (failure) throw failure;
        data = await Promise.race([
          new Promise<Uint8Array>((resolve) => waiting.set(index, resolve)),
          helperFailed,
        ]);
      }
      return { part: deserialize(data) as KeptPart, bytes: data };
    },
    stop: () => {
      failure ??= new Error('stopped');
      void worker?.terminate();
    },
  };
}

/**
 * Walks the blocks that have no kept part: here, or, when there are many (a cold run), here and
 * in a helper thread at once (parts-helper.ts). `partOf(i)` is asked in list order.
 */
export function blockWalker(
  blocks: readonly (readonly ListKey[])[],
  /** Whether block i has a kept part (it is then read, not walked). */
  kept: (i: number) => boolean,
  helper: (PartsHelperOptions & { searchCount: number }) | undefined,
  walk: (block: readonly ListKey[]) => Promise<KeptPart>,
): {
  partOf: (i: number, block: readonly ListKey[]) => Promise<WalkedPart>;
  stop: () => void;
} {
  const alone = {
    partOf: async (_: number, block: readonly ListKey[]) => ({ part: await walk(block) }),
    stop: () => undefined,
  };
  if (!helper || blocks.length < HELPER_MIN_BLOCKS) return alone;
  // Fresh blocks by their number among the fresh ones: the helper sees only those.
  const fresh = new Map<number, number>();
  const freshBlocks: (readonly ListKey[])[] = [];
  blocks.forEach((block, i) => {
    if (kept(i)) return;
    fresh.set(i, freshBlocks.length);
    freshBlocks.push(block);
  });
  if (freshBlocks.length < HELPER_MIN_BLOCKS) return alone;
  const helped = walkWithHelper(freshBlocks, helper, (f) => walk(freshBlocks[f] ?? []));
  return {
    partOf: (i, block) => {
      const f = fresh.get(i);
      // A kept part that could not be read is walked here.
      return f === undefined ? alone.partOf(i, block) : helped.partOf(f);
    },
    stop: helped.stop,
  };
}
