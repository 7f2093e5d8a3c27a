// A helper of the publish walk (walk-parts.ts): on a run with many blocks of the list to walk
// (a cold one), it walks blocks from the end of the list while the publishing thread walks them
// from the start, on a read-only connection of its own, until the two meet. It only reads: the
// parts go back serialised, as the store keeps them, and the publishing thread stores them.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { StoreReader } from './batch-reader';
import { CorrectedMentions } from './corrected-mentions';
import { CLAIMED_BY_HELPER, FREE, type PartsReply } from './parts-helper';
import type { ListKey } from './read-store';
import type { StoreTables } from './tables';
import { walkBlock } from './walk-parts';

const { storePath, blocks, claims, searchCount } = workerData as {
  storePath: string;
  blocks: ListKey[][];
  claims: Int32Array;
  searchCount: number;
};
const port = parentPort;
if (!port) throw new Error('parts-thread.ts runs as a worker thread');

async function walkFromTheEnd(): Promise<void> {
  const sqlite = new Database(storePath, { readonly: true });
  const db = new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const reader = new StoreReader(db, sqlite);
    // The walk in blocks runs without corrections only (walkInBlocks).
    const corrected = new CorrectedMentions([]);
    for (let index = blocks.length - 1; index >= 0; index--) {
      if (Atomics.compareExchange(claims, index, FREE, CLAIMED_BY_HELPER) !== FREE) break;
      const part = await walkBlock(db, reader, corrected, blocks[index] ?? [], searchCount);
      port?.postMessage({ index, data: serialize(part) } satisfies PartsReply);
    }
    port?.postMessage({ done: true } satisfies PartsReply);
  } catch (error) {
    port?.postMessage({
      error: error instanceof Error ? error.message : String(error),
    } satisfies PartsReply);
  } finally {
    await db.destroy();
    port?.close();
  }
}

void walkFromTheEnd();
