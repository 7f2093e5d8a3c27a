import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FORMAT_VERSION } from '../shared/schema';
import { readPublished, wireFile, writeWireCopies } from './store/store.testing';

function preprocess(seeds: string, out: string, cache = mkdtempSync(join(tmpdir(), 'cache-'))) {
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

  it('refuses with one line while another run holds the cache, and publishes nothing', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const cache = mkdtempSync(join(tmpdir(), 'cache-'));
    writeFileSync(join(seeds, 'good.txt'), 'Summit in Bucharest\n\nLeaders met in Bucharest.\n');
    // This test's own process stands for a run still going.
    writeFileSync(join(cache, 'preprocess.lock'), `${process.pid}\n`);

    const run = preprocess(seeds, out, cache);

    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `preprocess: another preprocess run (pid ${process.pid}) is using the cache ${cache}; wait for it to finish or stop it`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('says where to put articles when the folder is missing', () => {
    const run = preprocess('/nonexistent/seeds', mkdtempSync(join(tmpdir(), 'out-')));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'No folder "/nonexistent/seeds": put your articles there (.urls .txt .text .md .markdown .html .htm .xhtml .rss .atom .xml .jsonl .ndjson .csv).',
    );
  });
});

describe('npm run preprocess on copies of one wire story', { timeout: 180_000 }, () => {
  it('prints how many copies were merged, and every note by file once, on every run', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const cache = mkdtempSync(join(tmpdir(), 'cache-'));
    writeWireCopies(seeds);
    writeFileSync(
      join(seeds, 'ambiguous.txt'),
      wireFile('Talks in Minsk', 'Example Post', '06/04/2008', ['Leaders met in Minsk today.']),
    );
    writeFileSync(
      join(seeds, 'latin1.txt'),
      Buffer.from('Talks in S\xe3o Paulo\n\nLeaders met in S\xe3o Paulo.\n', 'latin1'),
    );

    const first = preprocess(seeds, out, cache);
    const again = preprocess(seeds, out, cache);

    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 exact and 1 near duplicates merged into 1 story');
    const notes = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('note '));
    const expected = [
      expect.stringMatching(new RegExp(`^note ${join(seeds, 'ambiguous.txt')}: .*06/04/2008`)),
      expect.stringMatching(new RegExp(`^note ${join(seeds, 'latin1.txt')}: read as `)),
    ];
    expect(notes(first.stderr)).toEqual(expected);
    expect(again.stdout).toContain('2 exact and 1 near duplicates merged into 1 story');
    expect(notes(again.stderr)).toEqual(expected);
    const { list, articles } = readPublished(out);
    expect(list.ids).not.toContain('reuters');
    expect(articles.get('ap')?.copies?.map((c) => c.source)).toEqual([
      'Daily Example',
      'Example Wire',
      'Reuters',
    ]);
  });
});
