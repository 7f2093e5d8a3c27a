import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../basemap';
import { cachedBasemap } from './basemap-cache';

describe('the basemap kept in the cache', { timeout: 60_000 }, () => {
  it('is built once for its inputs, read back on later runs, and replaces older builds', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-basemap-'));
    writeFileSync(join(cacheDir, 'basemap-0123456789abcdef.json'), '{}');

    const first = cachedBasemap(cacheDir);

    expect(first).toBe(JSON.stringify(buildBasemap()));
    const kept = readdirSync(cacheDir).filter((name) => name.startsWith('basemap-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toBe('basemap-0123456789abcdef.json');
    // What a later run publishes is the kept file, not a new build.
    writeFileSync(join(cacheDir, kept[0] ?? ''), '{"kept":true}');
    expect(cachedBasemap(cacheDir)).toBe('{"kept":true}');
  });
});
