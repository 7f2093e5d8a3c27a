import type { Database, Statement } from 'better-sqlite3';
import type { Insertable } from 'kysely';
import type { StoreTables } from './tables';

type Row<T extends keyof StoreTables> = Insertable<StoreTables[T]>;

/** Rows bound to one multi-row INSERT (at 11 columns, 704 parameters: far below SQLite's limit). */
const ROWS_PER_STATEMENT = 64;

/**
 * The one path around Kysely: storing parsed articles, the hot loop of a cold run (a million
 * rows at 100,000 articles). Through Kysely, each multi-row INSERT was a new statement of up to
 * 5,500 parameters that better-sqlite3 prepared afresh; here each table's single-row INSERT is
 * prepared once and run per row, and a batch is one synchronous transaction. SQLite only: on
 * PostgreSQL the same interface would be COPY or multi-row INSERTs (see README, "Scaling the
 * store"). Everything else, reads included, stays with Kysely.
 */
export class BulkWriter {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Database) {}

  /** Runs `work` as one transaction: all of its writes, or none. */
  transaction(work: () => void): void {
    this.sqlite.transaction(work)();
  }

  /** Inserts rows (every row with the same columns); `upsertOn` replaces a row with that key. */
  insert<T extends keyof StoreTables>(table: T, rows: readonly Row<T>[], upsertOn?: string): void {
    const first = rows[0];
    if (first === undefined) return;
    const columns = Object.keys(first);
    const statement = this.statement(table, columns, upsertOn);
    // Positional parameters: binding by name costs about half as much again per row.
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      statement.run(columns.map((c) => values[c]));
    }
  }

  /**
   * Inserts rows given as their values one after another, `columns.length` to a row. Many rows
   * to a statement: each run of a statement costs its own binding and VDBE start-up, so
   * ROWS_PER_STATEMENT rows at once take about half the time of as many single-row runs.
   */
  insertValues(
    table: keyof StoreTables,
    columns: readonly string[],
    values: readonly unknown[],
    upsertOn?: string,
  ): void {
    const width = columns.length;
    const rows = values.length / width;
    const full = Math.floor(rows / ROWS_PER_STATEMENT) * ROWS_PER_STATEMENT;
    if (full > 0) {
      const many = this.statement(table, columns, upsertOn, ROWS_PER_STATEMENT);
      const span = ROWS_PER_STATEMENT * width;
      for (let at = 0; at < full * width; at += span) many.run(values.slice(at, at + span));
    }
    if (full === rows) return;
    const one = this.statement(table, columns, upsertOn);
    for (let at = full * width; at < values.length; at += width)
      one.run(values.slice(at, at + width));
  }

  /** Deletes the rows whose `column` is one of `values`. */
  deleteWhere(table: keyof StoreTables, column: string, values: readonly string[]): void {
    const statement = this.prepared(
      `delete:${table}:${column}`,
      () => `delete from "${table}" where "${column}" = ?`,
    );
    for (const value of values) statement.run(value);
  }

  private statement(
    table: string,
    columns: readonly string[],
    upsertOn?: string,
    rows = 1,
  ): Statement {
    return this.prepared(`insert:${table}:${columns.join(',')}:${upsertOn ?? ''}:${rows}`, () => {
      const names = columns.map((c) => `"${c}"`).join(', ');
      const row = `(${columns.map(() => '?').join(', ')})`;
      const values = Array.from({ length: rows }, () => row).join(', ');
      const upsert = upsertOn
        ? ` on conflict ("${upsertOn}") do update set ${columns
            .filter((c) => c !== upsertOn)
            .map((c) => `"${c}" = excluded."${c}"`)
            .join(', ')}`
        : '';
      return `insert into "${table}" (${names}) values ${values}${upsert}`;
    });
  }

  private prepared(key: string, sql: () => string): Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.sqlite.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }
}
