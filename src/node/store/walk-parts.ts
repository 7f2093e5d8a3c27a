import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { StoreReader } from './batch-reader';
import { bundleEntry, type Bundle } from './bundle';
import type { CorrectedMentions } from './corrected-mentions';
import type { StoreDb } from './db';
import { blockWalker, type PartsHelperOptions } from './parts-helper';
import {
  listBatches,
  listKeys,
  READ_BATCH,
  type ListKey,
  type ListRow,
  type StoredKeys,
} from './read-store';
import { writeFileFully } from './shard-writer';
import { digestOf } from './units';
import { searchShardCount } from '../../core/publish/index';
import { searchShardOf } from '../../shared/hash';
import {
  appendPart,
  emptyWalk,
  finishWalk,
  toPart,
  walkRow,
  type KeptPart,
  type Walk,
  type WalkPart,
} from './walk';

// This file, whose imports are everything a part is computed from.
const WALK_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'walk-parts.ts');

/**
 * The walk's code, bundled: its hash names the code a part was made by, and is in every block's
 * digest. A change to anything a part is computed from (the walk, the tallies, the store's reads,
 * whatever they import) walks every block again instead of appending parts an older version
 * made, as a geoparser change parses every article again. No list of files to keep up to date.
 */
export function walkBundle(dir: string): Promise<Bundle> {
  return bundleEntry(WALK_ENTRY, 'publish-walk', dir, ['better-sqlite3']);
}

/**
 * An article whose id hashes to a multiple of this starts a block: blocks of about this many
 * articles, cut by the articles themselves, so an article added, dropped or moved changes the
 * block it joins or leaves, never the blocks after it.
 */
export const BLOCK_SPAN = 2048;

/** Where the walk keeps its blocks' parts, and the hash of the code that made them. */
export interface WalkCache {
  /** The hash of the walk's code (walkBundle). */
  code: string;
  /** A folder of its own: files in it that no block of this list has are deleted. */
  dir: string;
}

/**
 * The publish walk (pass 1) over the list in blocks: each block's part is kept in a file named
 * by a digest of its articles' versions, and a re-run walks only the blocks whose articles
 * changed, appending the kept parts of the others in list order. The result equals one walk
 * over all the articles (incremental.test.ts). Corrections are applied by the full walk only:
 * what they change lives outside the parts.
 */
export async function walkInBlocks(
  db: StoreDb,
  reader: StoreReader,
  corrected: CorrectedMentions,
  cache: WalkCache,
  span = BLOCK_SPAN,
  /** Lets a thread walk blocks too when there are many to walk (parts-helper.ts). */
  helper?: PartsHelperOptions,
  /** What the run read of the articles before its sync, and what it stored since (listKeys). */
  before?: StoredKeys,
): Promise<Walk> {
  const { code, dir } = cache;
  mkdirSync(dir, { recursive: true });
  const keys = listKeys(reader, before);
  const blocks = blocksOf(keys, span);
  const digests = blocks.map((block) => blockDigest(code, block));
  const searchCount = searchShardCount(keys.filter((k) => k.listed).length);
  // Per search shard, each block's share of it after the articles before the block.
  const searchShares: string[][] = Array.from({ length: searchCount }, () => []);
  // The article list is the blocks' lists one after another.
  const lists: string[] = [];
  const walk = emptyWalk(corrected);
  const walked = blockWalker(
    blocks,
    (i) => existsSync(partPath(dir, digests[i] as string)),
    helper ? { ...helper, searchCount } : undefined,
    (block) => walkBlock(db, reader, corrected, block, searchCount),
  );
  try {
    // One block's part in memory at a time, read or stored as it comes: bounded by the block.
    for (const [i, block] of blocks.entries()) {
      const digest = digests[i] as string;
      let part = partOf(keptPart(dir, digest));
      if (!part) {
        // A part the helper thread walked comes as the bytes it is kept as.
        const walkedPart = await walked.partOf(i, block);
        part = walkedPart.part;
        keepPart(dir, digest, walkedPart.bytes ?? serialize(part));
      }
      // The shard count changes as a collection grows: a part kept for another is digested again.
      const shares =
        part.searchShards.count === searchCount
          ? part.searchShards.digests
          : searchShardDigests(part, searchCount);
      const base = walk.list.count;
      shares.forEach((share, k) => searchShares[k]?.push(`${base} ${share}`));
      lists.push(part.listDigest);
      appendPart(walk, part);
    }
  } finally {
    walked.stop();
  }
  dropOtherParts(dir, new Set(digests));
  walk.listDigest = digestOf([code, ...lists]);
  if (searchShardCount(walk.list.count) === searchCount) {
    walk.searchDigests = searchShares.map((shares, k) =>
      digestOf([code, searchCount, k, ...shares]),
    );
  }
  return finishWalk(walk);
}

/**
 * For each of `count` search shards, a digest of the part's postings of the terms that go there:
 * with the articles before each block, they are all a shard's text is made from.
 */
function searchShardDigests(part: WalkPart, count: number): string[] {
  const hashes = Array.from({ length: count }, () => createHash('sha256'));
  const { terms, lengths, deltas } = part.search;
  let at = 0;
  terms.forEach((term, i) => {
    const n = lengths[i] as number;
    const hash = hashes[searchShardOf(term, count)] as Hash;
    hash.update(`${term}\u0000${n}\u0000`);
    hash.update(new Uint8Array(deltas.buffer, deltas.byteOffset + at * 4, n * 4));
    at += n;
  });
  return hashes.map((hash) => hash.digest('hex'));
}

function blocksOf(keys: readonly ListKey[], span: number): ListKey[][] {
  const blocks: ListKey[][] = [];
  let block: ListKey[] = [];
  for (const key of keys) {
    if (block.length > 0 && key.bucket % span === 0) {
      blocks.push(block);
      block = [];
    }
    block.push(key);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function blockDigest(code: string, block: readonly ListKey[]): string {
  return digestOf([code, ...block.map((k) => `${k.id} ${k.version}`)]);
}

const PART_FILE = '.part';

function partPath(dir: string, digest: string): string {
  return join(dir, digest + PART_FILE);
}

function keptPart(dir: string, digest: string): Buffer | undefined {
  try {
    return readFileSync(partPath(dir, digest));
  } catch {
    return undefined;
  }
}

/** Written whole under another name and renamed: a killed run leaves no part half written. */
function keepPart(dir: string, digest: string, bytes: Uint8Array): void {
  const path = partPath(dir, digest);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileFully(temporary, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), false);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A kept part, or undefined when there is none or it cannot be read (it is walked again). */
function partOf(data: Buffer | undefined): KeptPart | undefined {
  if (data === undefined) return undefined;
  try {
    const part = deserialize(data) as KeptPart;
    return part.mentionCounts instanceof Int32Array ? part : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Walks one block of the list into the part kept for it, with the digests of its share of each
 * of `searchCount` search shards and of its article list: made where it is walked, in either
 * thread, so the helper's bytes are kept as they come.
 */
export async function walkBlock(
  db: StoreDb,
  reader: StoreReader,
  corrected: CorrectedMentions,
  block: readonly ListKey[],
  searchCount: number,
): Promise<KeptPart> {
  const ids = block.map((k) => k.id);
  const rows = new Map<string, ListRow>();
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    for (const batch of listBatches(reader, ids.slice(i, i + READ_BATCH))) {
      for (const row of batch) rows.set(row.id, row);
    }
  }
  const inOrder = ids.flatMap((id) => rows.get(id) ?? []);
  const walk = emptyWalk(corrected);
  const mentions = await corrected.ofBatch(db, inOrder);
  for (const row of inOrder) walkRow(walk, row, mentions.get(row.id) ?? []);
  const part = toPart(finishWalk(walk));
  return {
    ...part,
    searchShards: { count: searchCount, digests: searchShardDigests(part, searchCount) },
    listDigest: digestOf([JSON.stringify(part.list)]),
  };
}

/**
 * Drops the parts no block of this list has, and what a killed run left half written (a part is
 * only ever a cache: a kill loses none).
 */
function dropOtherParts(dir: string, live: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    if (!(name.endsWith(PART_FILE) && live.has(name.slice(0, -PART_FILE.length)))) {
      rmSync(join(dir, name), { force: true });
    }
  }
}
