import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FORMAT_VERSION } from '../shared/schema';
import { readPublished } from './store/store.testing';

function preprocess(seeds: string, out: string) {
  const cache = mkdtempSync(join(tmpdir(), 'cache-'));
  const args = ['tsx', 'src/node/preprocess.ts', '--seeds', seeds, '--out', out, '--cache', cache];
  const run = spawnSync('npx', args, { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run preprocess with bad input', { timeout: 120_000 }, () => {
  it('names each unusable file with its reason, keeps the good ones and writes a whole file', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(
      join(seeds, 'good.txt'),
      'Summit in Bucharest\n\nLeaders met in Bucharest on Friday.\n',
    );
    writeFileSync(join(seeds, 'empty.txt'), '');
    writeFileSync(
      join(seeds, 'latin1.txt'),
      Buffer.from('Talks in S\xe3o Paulo\n\nLeaders met in S\xe3o Paulo.\n', 'latin1'),
    );
    writeFileSync(join(seeds, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(seeds, 'notes.md'), '# not an article');

    const run = preprocess(seeds, out);

    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`skipped ${join(seeds, 'empty.txt')}: it is empty`);
    // A legacy encoding is decoded with a note, not skipped; a binary file is skipped.
    expect(run.stderr).toContain(`note ${join(seeds, 'latin1.txt')}: read as`);
    expect(run.stderr).toMatch(new RegExp(`skipped ${join(seeds, 'binary.txt')}: `));
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    const { index, list } = readPublished(out);
    expect(index.version).toBe(DATA_FORMAT_VERSION);
    expect([...list.ids].sort()).toEqual(['good', 'latin1']);
    expect(index.places.map((p) => p.name)).toContain('Bucharest');
    expect(readdirSync(out).sort()).toEqual(['dateline.json', 'shards']);
  });

  it('fails with one clear line and writes nothing when no article is usable', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(seeds, 'empty.txt'), '\n\n');

    const run = preprocess(seeds, out);

    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `No usable article in "${seeds}"; nothing was written.`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('says where to put articles when the folder is missing', () => {
    const run = preprocess('/nonexistent/seeds', mkdtempSync(join(tmpdir(), 'out-')));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'No folder "/nonexistent/seeds": put your articles (.txt files) there.',
    );
  });
});
