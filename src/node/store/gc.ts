import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHARDS_DIR } from './shard-writer';

/** Every shard path an index file refers to; none when it is missing, unreadable or older. */
export function referencedShards(indexPath: string): Set<string> {
  let index: unknown;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8'));
  } catch {
    return new Set();
  }
  return shardsOf(index);
}

/** Every shard path an index (as parsed, or about to be written) refers to. */
export function shardsOf(index: unknown): Set<string> {
  const paths = new Set<string>();
  collectPaths(index, paths);
  return paths;
}

/** Walks the index for strings that name shard files, wherever the layout puts them. */
function collectPaths(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.startsWith(`${SHARDS_DIR}/`)) into.add(value);
  } else if (Array.isArray(value)) {
    // Day series are most of the index's values: numbers are passed over without a call each.
    for (const item of value) if (typeof item !== 'number') collectPaths(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectPaths(item, into);
  }
}

/**
 * Deletes shard files that neither the new index nor the previous one refers to. The previous
 * run's stay, so a page that loaded its index can still fetch its shards.
 */
export function collectGarbage(out: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  const dir = join(out, SHARDS_DIR);
  for (const name of readdirSync(dir)) {
    if (keep.has(`${SHARDS_DIR}/${name}`)) continue;
    rmSync(join(dir, name), { force: true, recursive: true });
    removed += 1;
  }
  return removed;
}
