import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from './db';
import { MIGRATIONS } from './migrations';
import { articlesOf } from './read-store';

describe('the store schema', () => {
  it('moves the texts of a store from before 005 into article_texts, losing none', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dateline-migrate-')), 'store.sqlite');
    const old = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(path) }),
    });
    const migrator = new Migrator({
      db: old,
      provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    });
    await migrator.migrateTo('004-packed-mentions');
    const raw = new Database(path);
    raw
      .prepare(
        `insert into articles (id, file, hash, parsed_with, title, bucket, terms, text)
         values ('a1', 'a1.txt', 'h', 'p', 'Talks', 1, 'talks', 'Talks in Tbilisi.')`,
      )
      .run();
    raw.close();
    await old.destroy();

    const store = await openStore(path);
    const rows = await articlesOf(store.db, ['a1']);
    await store.close();

    expect(rows.map((r) => [r.id, r.text])).toEqual([['a1', 'Talks in Tbilisi.']]);
  });
});
