import { join } from 'node:path';

/** Derived data lives beside the gazetteer in node_modules/.cache/dateline: rebuildable, never committed. */
export function defaultCacheDir(): string {
  return join(process.cwd(), 'node_modules', '.cache', 'dateline');
}

export interface StorePaths {
  /** The SQLite store. */
  store: string;
  /** Temp files of the running publish; cleared at the start of each run. */
  tmp: string;
  /** Bundled worker and CLI code. */
  bundles: string;
  /** What the publish walk made of each block of the list, a file a block (walk-parts.ts). */
  walkParts: string;
}

export function storePaths(cacheDir: string): StorePaths {
  return {
    store: join(cacheDir, 'store.sqlite'),
    tmp: join(cacheDir, 'tmp'),
    bundles: join(cacheDir, 'bundles'),
    walkParts: join(cacheDir, 'walk-parts'),
  };
}
