// The article-shard thread: builds the article shards of one publish (pass 3) on its own
// read-only connection to the store, while the publishing thread writes the passage pages.
// It writes only content-addressed shards, each renamed into place whole (ShardWriter); the
// index that refers to them is written by the publishing thread, last, so a kill at any moment
// leaves the last good state served.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { buildClaimed, type ShardJob } from './article-shards';
import type { ShardThreadReply } from './article-shards-runner';
import { ShardWriter } from './shard-writer';
import type { StoreTables } from './tables';

const { storePath, out, tmp, claims } = workerData as {
  storePath: string;
  out: string;
  tmp: string;
  claims: Int32Array;
};
const port = parentPort;
if (!port) throw new Error('article-shards-thread.ts runs as a worker thread');

port.once('message', (jobs: ShardJob[]) => {
  void build(jobs).then((reply) => {
    port.postMessage(reply);
    port.close();
  });
});

async function build(jobs: ShardJob[]): Promise<ShardThreadReply> {
  const sqlite = new Database(storePath, { readonly: true });
  const db = new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const writer = new ShardWriter(out, tmp);
    const built = await buildClaimed(db, jobs, writer, claims);
    const { bytes, written, reused } = writer;
    return { built, counts: { bytes, written, reused } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await db.destroy();
  }
}
