import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreDb } from './db';

/**
 * What the last publish wrote for each unit (an article shard, a place's pages, a bucket of
 * small places' pages), keyed by a digest of everything the unit's files are made from. A unit
 * whose digest is unchanged and whose files are still there is not rebuilt: a re-run after one
 * article changed reads and writes only what that article touches.
 */
export class PublishedUnits {
  private readonly updates = new Map<string, { digest: string; paths: string[] }>();
  /** Units this publish has: those neither kept nor recorded are gone and leave the table. */
  private readonly live = new Set<string>();

  private constructor(
    private readonly out: string,
    private readonly known: Map<string, { digest: string; paths: string[] }>,
  ) {}

  static async load(db: StoreDb, out: string): Promise<PublishedUnits> {
    const known = new Map<string, { digest: string; paths: string[] }>();
    for (const row of await db.selectFrom('published').selectAll().execute()) {
      known.set(row.unit, { digest: row.digest, paths: JSON.parse(row.paths) as string[] });
    }
    return new PublishedUnits(out, known);
  }

  /** The unit's paths when they are current and on disk, with their total size; else undefined. */
  current(unit: string, digest: string): { paths: string[]; bytes: number } | undefined {
    const known = this.known.get(unit);
    if (known?.digest !== digest) return undefined;
    this.live.add(unit);
    let bytes = 0;
    for (const path of known.paths) {
      const stats = statSync(join(this.out, path), { throwIfNoEntry: false });
      if (!stats) return undefined;
      bytes += stats.size;
    }
    return { paths: known.paths, bytes };
  }

  record(unit: string, digest: string, paths: string[]): void {
    this.updates.set(unit, { digest, paths });
    this.live.add(unit);
  }

  async save(db: StoreDb): Promise<void> {
    const rows = [...this.updates].map(([unit, { digest, paths }]) => ({
      unit,
      digest,
      paths: JSON.stringify(paths),
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
