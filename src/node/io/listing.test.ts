import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listInThread } from '../store/seed-listing';
import { listFolder } from './listing';
import { walkSeeds } from './walk';

/** A folder with what a walk meets: files old and new, a subfolder, links in and out, a skip. */
function seeds(): string {
  const root = mkdtempSync(join(tmpdir(), 'listing-'));
  const outside = mkdtempSync(join(tmpdir(), 'listing-out-'));
  for (const name of ['b.txt', 'a.txt', '.hidden.txt', 'sub/c.txt']) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), `text of ${name}`);
  }
  writeFileSync(join(outside, 'x.txt'), 'outside');
  symlinkSync(join(outside, 'x.txt'), join(root, 'leak.txt'));
  symlinkSync(join(root, 'a.txt'), join(root, 'inside.txt'));
  symlinkSync(join(root, 'sub'), join(root, 'again'));
  return root;
}

describe('the seeds folder listed beforehand', () => {
  // Files written now count as settled (stamped) a few seconds on.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('walks as the folder walked unlisted: the same entries, stamps and reasons', () => {
    const root = seeds();
    const unlisted = [...walkSeeds(root, new Set())];
    expect(unlisted.some((e) => e.kind === 'file' && e.stamp !== undefined)).toBe(true);
    expect([...walkSeeds(root, new Set(), listFolder(root))]).toEqual(unlisted);
  });

  it('is listed in a thread as here, and walked the same', async () => {
    const root = seeds();
    const bundles = mkdtempSync(join(tmpdir(), 'listing-bundles-'));
    const listing = await listInThread(root, bundles);
    expect(listing?.names).toEqual(listFolder(root).names);
    const unlisted = [...walkSeeds(root, new Set())];
    expect(unlisted.some((e) => e.kind === 'file' && e.stamp !== undefined)).toBe(true);
    expect([...walkSeeds(root, new Set(), listing)]).toEqual(unlisted);
  });
});
