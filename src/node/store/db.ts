import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { StoreReader } from './batch-reader';
import { BulkWriter } from './bulk-write';
import { MIGRATIONS } from './migrations';
import type { StoreTables } from './tables';

export type StoreDb = Kysely<StoreTables>;

export interface OpenStore {
  db: StoreDb;
  /**
   * A second, read-only connection for long streaming reads: Kysely holds a connection for the
   * whole of a stream, so look-ups made while walking one go through `db`.
   */
  reader: StoreReader;
  /** Prepared-statement writes of parsed articles, on the same connection as `db`. */
  bulk: BulkWriter;
  close(): Promise<void>;
}

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

/**
 * A read-write connection to the store's SQLite file, as every writer opens it. WAL journaling:
 * a killed run loses at most its open transaction, never the file. Foreign keys on: replacing
 * an article deletes its passages and mentions (ON DELETE CASCADE).
 */
export function openConnection(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -65536');
  return sqlite;
}

/** Opens (creating when needed) the store at `path` and brings its schema to the latest version. */
export async function openStore(path: string): Promise<OpenStore> {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = openConnection(path);
  const db = new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`the store at ${path} could not be migrated: ${reason}`);
  }
  const readerConnection = new Database(path, { readonly: true });
  const readerDb = new Kysely<StoreTables>({
    dialect: new SqliteDialect({ database: readerConnection }),
  });
  return {
    db,
    reader: new StoreReader(readerDb, readerConnection),
    bulk: new BulkWriter(sqlite),
    async close() {
      await readerDb.destroy();
      await db.destroy();
    },
  };
}
