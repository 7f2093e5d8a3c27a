import type { Database } from 'better-sqlite3';
import type { Compilable } from 'kysely';
import type { StoreDb } from './db';

/**
 * Long reads (the publish walk over every article) on a read-only connection of their own.
 * Kysely builds the query as everywhere else; only its execution goes around Kysely's stream,
 * which hands each row through an async generator: 4 to 5 times the cost of the read itself at
 * 20,000 articles. Here better-sqlite3's iterator reads rows synchronously, a batch at a time.
 * On PostgreSQL a cursor does the same (see README, "Scaling the store").
 */
export class StoreReader {
  constructor(
    /** Builds queries for this connection. */
    readonly db: StoreDb,
    private readonly sqlite: Database,
  ) {}

  /** The query's rows in batches of `size`, read as the batches are taken. */
  *batches<R>(query: Compilable<R>, size: number): Generator<R[]> {
    const { sql, parameters } = query.compile();
    let batch: R[] = [];
    for (const row of this.sqlite.prepare(sql).iterate(...parameters)) {
      batch.push(row as R);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /**
   * The query's rows one at a time, each an array of its values in the order selected (`T`
   * names them): no object per row, and no array of them all, for the reads of every article a
   * re-run starts with.
   */
  tuples<T extends unknown[]>(query: Compilable): IterableIterator<T> {
    const { sql, parameters } = query.compile();
    return this.sqlite
      .prepare(sql)
      .raw()
      .iterate(...parameters) as IterableIterator<T>;
  }
}
