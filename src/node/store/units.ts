import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreDb } from './db';
import { SHARDS_DIR } from './shard-writer';

interface Unit {
  digest: string;
  paths: string[];
  /** Bytes of its files together; null for a unit recorded before sizes were kept. */
  bytes: number | null;
}

/**
 * What the last publish wrote for each unit (an article shard, a place's pages, a bucket of
 * small places' pages), keyed by a digest of everything the unit's files are made from. A unit
 * whose digest is unchanged and whose files are still there is not rebuilt: a re-run after one
 * article changed reads and writes only what that article touches.
 */
export class PublishedUnits {
  private readonly updates = new Map<string, Unit>();
  /** Units this publish has: those neither kept nor recorded are gone and leave the table. */
  private readonly live = new Set<string>();

  private constructor(
    private readonly out: string,
    private readonly known: Map<string, Unit>,
    /** The files in the shards folder: one listing, not a stat per file. */
    private readonly files: ReadonlySet<string>,
  ) {}

  static async load(db: StoreDb, out: string): Promise<PublishedUnits> {
    const known = new Map<string, Unit>();
    for (const row of await db.selectFrom('published').selectAll().execute()) {
      const paths = JSON.parse(row.paths) as string[];
      known.set(row.unit, { digest: row.digest, paths, bytes: row.bytes });
    }
    const files = new Set(
      readdirSync(join(out, SHARDS_DIR)).map((name) => `${SHARDS_DIR}/${name}`),
    );
    return new PublishedUnits(out, known, files);
  }

  /** The unit's paths when they are current and on disk, with their total size; else undefined. */
  current(unit: string, digest: string): { paths: string[]; bytes: number } | undefined {
    const known = this.known.get(unit);
    if (known?.digest !== digest) return undefined;
    if (!known.paths.every((path) => this.files.has(path))) return undefined;
    this.live.add(unit);
    if (known.bytes !== null) return { paths: known.paths, bytes: known.bytes };
    let bytes = 0;
    for (const path of known.paths) bytes += statSync(join(this.out, path)).size;
    // Kept from now on, so the next run needs no stat either.
    this.updates.set(unit, { ...known, bytes });
    return { paths: known.paths, bytes };
  }

  record(unit: string, digest: string, paths: string[], bytes: number): void {
    this.updates.set(unit, { digest, paths, bytes });
    this.live.add(unit);
  }

  async save(db: StoreDb): Promise<void> {
    const rows = [...this.updates].map(([unit, { digest, paths, bytes }]) => ({
      unit,
      digest,
      paths: JSON.stringify(paths),
      bytes,
    }));
    const gone = [...this.known.keys()].filter((unit) => !this.live.has(unit));
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < gone.length; i += 500) {
        await trx
          .deleteFrom('published')
          .where('unit', 'in', gone.slice(i, i + 500))
          .execute();
      }
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto('published')
          .values(rows.slice(i, i + 500))
          .onConflict((oc) =>
            oc.column('unit').doUpdateSet((eb) => ({
              digest: eb.ref('excluded.digest'),
              paths: eb.ref('excluded.paths'),
              bytes: eb.ref('excluded.bytes'),
            })),
          )
          .execute();
      }
    });
  }
}

/** SHA-256 over the parts, each length-prefixed so no two part lists digest alike. */
export function digestOf(parts: Iterable<string | number>): string {
  const framed: string[] = [];
  for (const part of parts) {
    const text = String(part);
    framed.push(`${text.length}:${text}`);
  }
  // One update of one string: many small updates cost more than the hashing itself.
  return createHash('sha256').update(framed.join(';')).digest('hex');
}
