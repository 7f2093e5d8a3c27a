import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import type { StoreReader } from './batch-reader';
import { bundleEntry, type Bundle } from './bundle';
import type { CorrectedMentions } from './corrected-mentions';
import type { StoreDb } from './db';
import { blockWalker, type PartsHelperOptions } from './parts-helper';
import { listBatches, listKeys, READ_BATCH, type ListKey, type ListRow } from './read-store';
import { digestOf } from './units';
import {
  appendPart,
  emptyWalk,
  finishWalk,
  toPart,
  walkRow,
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

/**
 * The publish walk (pass 1) over the list in blocks: each block's part is kept in the store
 * under a digest of its articles' versions, and a re-run walks only the blocks whose articles
 * changed, appending the kept parts of the others in list order. The result equals one walk
 * over all the articles (incremental.test.ts). Corrections are applied by the full walk only:
 * what they change lives outside the parts.
 */
export async function walkInBlocks(
  db: StoreDb,
  reader: StoreReader,
  corrected: CorrectedMentions,
  /** The hash of the walk's code (walkBundle). */
  code: string,
  span = BLOCK_SPAN,
  /** Lets a thread walk blocks too when there are many to walk (parts-helper.ts). */
  helper?: PartsHelperOptions,
): Promise<Walk> {
  const blocks = blocksOf(listKeys(reader), span);
  const digests = blocks.map((block) => blockDigest(code, block));
  const walk = emptyWalk(corrected);
  const walked = await blockWalker(db, blocks, digests, helper, (block) =>
    walkBlock(db, reader, corrected, block),
  );
  try {
    // One block's part in memory at a time, read or stored as it comes: bounded by the block.
    for (const [i, block] of blocks.entries()) {
      const digest = digests[i] as string;
      let part = partOf(await keptPart(db, digest));
      if (!part) {
        const fresh = await walked.partOf(i, block);
        part = fresh.part;
        await db
          .insertInto('walk_parts')
          .values({
            digest,
            data: Buffer.from(fresh.data.buffer, fresh.data.byteOffset, fresh.data.byteLength),
          })
          .onConflict((oc) =>
            oc.column('digest').doUpdateSet((eb) => ({ data: eb.ref('excluded.data') })),
          )
          .execute();
      }
      appendPart(walk, part);
    }
  } finally {
    walked.stop();
  }
  await dropOtherParts(db, new Set(digests));
  return finishWalk(walk);
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
  return digestOf([
    code,
    ...block.map((k) => `${k.id} ${k.hash} ${k.parsed_with} ${k.copy_of} ${k.copy_kind}`),
  ]);
}

async function keptPart(db: StoreDb, digest: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('walk_parts')
    .select('data')
    .where('digest', '=', digest)
    .executeTakeFirst();
  return row?.data;
}

/** A kept part, or undefined when there is none or it cannot be read (it is walked again). */
function partOf(data: Buffer | undefined): WalkPart | undefined {
  if (data === undefined) return undefined;
  try {
    const part = deserialize(data) as WalkPart;
    return part.mentionCounts instanceof Int32Array ? part : undefined;
  } catch {
    return undefined;
  }
}

export async function walkBlock(
  db: StoreDb,
  reader: StoreReader,
  corrected: CorrectedMentions,
  block: readonly ListKey[],
): Promise<WalkPart> {
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
  return toPart(finishWalk(walk));
}

/** Drops the parts no block of this list has (a part is only ever a cache: a kill loses none). */
async function dropOtherParts(db: StoreDb, live: ReadonlySet<string>): Promise<void> {
  const stored = await db.selectFrom('walk_parts').select('digest').execute();
  const gone = stored.map((r) => r.digest).filter((d) => !live.has(d));
  for (let i = 0; i < gone.length; i += 500) {
    await db
      .deleteFrom('walk_parts')
      .where('digest', 'in', gone.slice(i, i + 500))
      .execute();
  }
}
