import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessParser } from './in-process';
import { runPreprocess } from './run';
import { CacheBusy, lockCache } from './run-lock';
import { countingGeoparser, scratch, writeCollection } from './store.testing';

/** The pid of a process that has ended: a run that was killed. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('one run at a time on a cache', () => {
  it('refuses a second run on the same cache, naming the folder and the first run', () => {
    const { cacheDir } = scratch();
    const first = lockCache(cacheDir);
    const other = process.ppid;
    expect(() => lockCache(cacheDir, other)).toThrow(
      `another preprocess run (pid ${process.pid}) is using the cache ${cacheDir}; wait for it to finish or stop it`,
    );
    first.release();
    lockCache(cacheDir, other).release();
  });

  it('takes over the lock of a run that was killed', () => {
    const { cacheDir } = scratch();
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'preprocess.lock'), `${deadPid()}\n`);
    const lock = lockCache(cacheDir);
    expect(() => lockCache(cacheDir, process.ppid)).toThrow(CacheBusy);
    lock.release();
    expect(existsSync(join(cacheDir, 'preprocess.lock'))).toBe(false);
  });

  it('leaves the store and the published data alone while another run holds the cache', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 3);
    const parser = inProcessParser((t) => countingGeoparser().geoparse(t), {
      geoparser: 'parser-1',
      gazetteer: 'gazetteer-1',
    });
    mkdirSync(dirs.cacheDir, { recursive: true });
    writeFileSync(join(dirs.cacheDir, 'preprocess.lock'), `${process.ppid}\n`);
    await expect(runPreprocess({ ...dirs, parser })).rejects.toThrow(
      `another preprocess run (pid ${process.ppid}) is using the cache ${dirs.cacheDir}`,
    );
    expect(existsSync(join(dirs.cacheDir, 'store.sqlite'))).toBe(false);
    expect(existsSync(dirs.out)).toBe(false);
  });
});
