import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The store's schema, one migration per change, applied in name order by Kysely's Migrator.
 * Only portable DDL: the same migrations run on PostgreSQL (see README, "Scaling the store").
 */
export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('parsed_with', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('date', 'text')
        .addColumn('day', 'integer')
        .addColumn('url', 'text')
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('passages')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('is_title', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('passages_pk', ['article_id', 'idx'])
        .execute();
      await db.schema
        .createTable('places')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('lat', 'double precision', (c) => c.notNull())
        .addColumn('lon', 'double precision', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('admin1', 'text')
        .execute();
      await db.schema
        .createTable('mentions')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('passage_idx', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('place_id', 'text', (c) => c.notNull().references('places.id'))
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('alternatives', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text')
        .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'seq'])
        .execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('geoparser', 'text', (c) => c.notNull())
        .addColumn('gazetteer', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('articles', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('parsed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('published')
        .addColumn('unit', 'text', (c) => c.primaryKey())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('paths', 'text', (c) => c.notNull())
        .execute();
      // Ordering of the article list (newest first) without a sort of the whole table.
      await sql`create index articles_by_day on articles (day desc, title, id)`.execute(db);
    },
  },
  // Copies of one story (issue 8): each article's fingerprint, kept so a re-run groups without
  // re-reading texts, and the grouping decided from them. A table of its own rather than columns
  // on articles: a scan of it never walks past an article's text.
  '002-fingerprints': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('fingerprints')
        .addColumn('article_id', 'text', (c) =>
          c.primaryKey().references('articles.id').onDelete('cascade'),
        )
        .addColumn('length', 'integer', (c) => c.notNull())
        .addColumn('exact', 'text', (c) => c.notNull())
        .addColumn('minhash', 'text')
        .addColumn('copy_of', 'text')
        .addColumn('copy_kind', 'text')
        .execute();
    },
  },
  // What structuring an article noticed (a date left out): printed on every run, not only the
  // run that parsed it, so a re-run still says why an article has no date.
  '003-notices': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notices')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notices_pk', ['article_id', 'seq'])
        .execute();
    },
  },
  // The publish walk reads each article's mentions packed in one JSON text (packed-mentions.ts)
  // rather than one row per mention. A table of its own, like fingerprints: a column after the
  // articles' text would be read through the text's overflow pages. Articles stored before have
  // no row until the next sync fills it in.
  '004-packed-mentions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('packed_mentions')
        .addColumn('article_id', 'text', (c) =>
          c.primaryKey().references('articles.id').onDelete('cascade'),
        )
        .addColumn('packed', 'text', (c) => c.notNull())
        .execute();
    },
  },
  // Article texts in a table of their own: an articles row with its text filled most of a page,
  // so every scan of the list (the sync's versions, the publish walk) read the whole collection.
  '005-article-texts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('article_texts')
        .addColumn('article_id', 'text', (c) =>
          c.primaryKey().references('articles.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into article_texts (article_id, text) select id, text from articles`.execute(
        db,
      );
      await db.schema.alterTable('articles').dropColumn('text').execute();
    },
  },
  // What a run read from each single-article file, by the file's stamp (size, inode, times): a
  // file with the same stamp is not read and hashed again (see walk.ts).
  '006-files': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('files')
        .addColumn('file', 'text', (c) => c.primaryKey())
        .addColumn('stamp', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('notices', 'text', (c) => c.notNull())
        .execute();
      await sql`create index files_by_article on files (article_id)`.execute(db);
    },
  },
  // What a re-run keeps to skip work on what did not change. walk_parts: what the publish walk
  // made of each block of the article list (walk-parts.ts), keyed by a digest of the block's
  // articles; the one binary column of the store (PostgreSQL would say bytea), only ever a cache.
  // published.bytes: each unit's size, so reusing a unit takes no stat of its files (units.ts).
  '007-publish-reuse': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('published').addColumn('bytes', 'integer').execute();
      await db.schema
        .createTable('walk_parts')
        .addColumn('digest', 'text', (c) => c.primaryKey())
        .addColumn('data', 'blob', (c) => c.notNull())
        .execute();
    },
  },
  // The walk's parts moved to files of their own in the cache (walk-parts.ts): read back from
  // SQLite's overflow pages they cost a second of a re-run at 100k articles, and writing one
  // filled the log that the next commit copied back into the store.
  '008-walk-parts-in-files': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('walk_parts').execute();
    },
  },
  // The few articles that copy another outlet's story, found without reading every fingerprint:
  // a re-run asks for them (read-store.ts, listKeys) and a run that keeps copies clears them
  // (stories.ts), and scanning the fingerprints, minhashes and all, cost a few tenths of a
  // second each time at 100k articles. PostgreSQL takes the same partial index.
  '009-copies-index': {
    async up(db: Kysely<unknown>) {
      await sql`create index fingerprints_copies on fingerprints (article_id) where copy_of is not null`.execute(
        db,
      );
    },
  },
};
