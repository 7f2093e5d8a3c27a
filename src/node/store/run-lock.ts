import { linkSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { alive } from './lifeline';

/** A second run on a cache that a live run holds: names the folder and the other run's pid. */
export class CacheBusy extends Error {
  constructor(
    readonly cacheDir: string,
    readonly pid: number,
  ) {
    super(
      `another preprocess run (pid ${pid}) is using the cache ${cacheDir}; wait for it to finish or stop it`,
    );
  }
}

export interface RunLock {
  release(): void;
}

/** The pid written in a lock file, or undefined when it cannot be read as one. */
function holderOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the cache's run lock (`preprocess.lock`, holding the pid): two runs on one store would
 * interleave their syncs and publishes. The lock file appears whole, by a hard link of a file
 * already written, so another run never reads it half-made. A lock whose pid is gone (a run that
 * was killed) is taken over; a live one refuses with CacheBusy.
 */
export function lockCache(cacheDir: string, pid = process.pid): RunLock {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, 'preprocess.lock');
  const mine = join(cacheDir, `preprocess.lock.${pid}`);
  writeFileSync(mine, `${pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(mine, path);
        return {
          release() {
            rmSync(path, { force: true });
          },
        };
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST' || attempt >= 3) throw error;
      }
      const holder = holderOf(path);
      if (holder !== undefined && alive(holder)) throw new CacheBusy(cacheDir, holder);
      // Stale: its run is gone (killed). Removed, then linked again: of two runs that find it
      // stale at once, the one that links second meets the other's lock and refuses.
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(mine, { force: true });
  }
}
