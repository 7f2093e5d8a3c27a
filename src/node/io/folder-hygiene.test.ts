import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection, reportLines, type ReadItem } from './read-collection';

const ARTICLE = 'A Title\n\nA paragraph about Sochi.\n';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

async function readAll(root: string, options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readCollection(root, { fetch: false, ...options })) items.push(item);
  return items;
}

const ids = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.source.id] : []));
const skips = (items: ReadItem[]) =>
  Object.fromEntries(items.flatMap((i) => (i.ok ? [] : [[i.file, i.reason]])));

describe('a seeds folder as people keep it', () => {
  it('reads subfolders, with the folder in the id so the same name twice stays apart', async () => {
    const root = folder({ 'a.txt': ARTICLE, '2024/a.txt': ARTICLE, '2024/march/a.txt': ARTICLE });
    expect(ids(await readAll(root))).toEqual(['2024/a', '2024/march/a', 'a']);
  });

  it('skips hidden files, editor backups and symlinks leading outside, each with a reason', async () => {
    const outside = folder({ 'secret.txt': ARTICLE });
    const root = folder({
      'good.txt': ARTICLE,
      '.hidden.txt': ARTICLE,
      '.git/config.txt': ARTICLE,
      'good.txt~': ARTICLE,
      '#good.txt#': ARTICLE,
      'good.txt.swp': ARTICLE,
      'photo.png': 'not text',
    });
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(join(root, 'good.txt'), join(root, 'inside.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'broken.txt'));
    mkdirSync(join(root, 'folder.txt'));

    const items = await readAll(root);

    expect(ids(items)).toEqual(['good', 'inside']);
    expect(skips(items)).toEqual({
      '#good.txt#': 'it is an editor backup or temporary file',
      '.git': 'it is hidden (its name starts with ".")',
      '.hidden.txt': 'it is hidden (its name starts with ".")',
      'broken.txt': 'it is a broken symbolic link',
      'folder.txt': 'it is a folder (named like a file) with no articles in it',
      'good.txt.swp': 'it is an editor backup or temporary file',
      'good.txt~': 'it is an editor backup or temporary file',
      'leak.txt': 'it is a symbolic link to a place outside the seeds folder',
      'photo.png':
        'Dateline does not read .png (it reads .urls .txt .text .md .markdown .html .htm .xhtml .rss .atom .xml .jsonl .ndjson .csv)',
    });
  });

  it('keeps letters of any script in ids and makes colliding ids unique, saying so', async () => {
    const root = folder({
      '東京.txt': ARTICLE,
      '北京.txt': ARTICLE,
      'kyiv.md': ARTICLE,
      'kyiv.txt': ARTICLE,
    });
    const items = await readAll(root);
    expect(ids(items)).toEqual(['kyiv', 'kyiv-2', '北京', '東京']);
    const second = items.find((i) => i.ok && i.source.id === 'kyiv-2');
    expect(second?.ok && second.notices).toEqual([
      'the id "kyiv" is already used by kyiv.md; this article gets "kyiv-2"',
    ]);
  });

  it('escapes control characters in file names when printing them', async () => {
    const root = folder({ 'evil\u001b[31mred.png': 'x', 'ok.txt': ARTICLE });
    const lines = (await readAll(root)).flatMap((item) => reportLines(item, 'seeds'));
    expect(lines[0]).toMatch(/^skipped seeds\/evil\\x1b\[31mred\.png: Dateline does not read/);
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  it('reports a page with no article and a malformed config, and goes on', async () => {
    const root = folder({
      'index.html':
        '<html><body><nav><a href="/">Home</a> <a href="/a">World</a></nav></body></html>',
      'dateline.config.json': '{"dateOrder": "ymd"}',
      'ok.txt': ARTICLE,
    });
    const items = await readAll(root);
    expect(skips(items)).toEqual({
      'dateline.config.json': '"dateOrder" must be "dmy" or "mdy"; defaults used',
      'index.html': 'no article in the page (only 10 characters of text)',
    });
    expect(ids(items)).toEqual(['ok']);
  });

  it('does not read the corrections file or the config as articles', async () => {
    const root = folder({
      'corrections.json': '{"format": "dateline-corrections", "version": 1, "corrections": []}',
      'dateline.config.json': '{"dateOrder": "dmy"}',
      '.corrections.json.123.tmp': '{}',
      'ok.txt': ARTICLE,
    });
    const items = await readAll(root);
    expect(ids(items)).toEqual(['ok']);
    // The hidden temporary file of a save in progress is skipped like any hidden file.
    expect(Object.keys(skips(items))).toEqual(['.corrections.json.123.tmp']);
  });
});

describe('text that is not tidy UTF-8', () => {
  it('decodes Latin-1 and Windows-1252 files instead of skipping them, with a note', async () => {
    const root = folder({});
    writeFileSync(
      join(root, 'latin1.txt'),
      Buffer.from('S\xe3o Paulo\n\nO presidente visitou S\xe3o Paulo e Bras\xedlia.\n', 'latin1'),
    );
    writeFileSync(
      join(root, 'cp1252.txt'),
      Buffer.from(
        '\x93Caf\xe9\x94 in Z\xfcrich\n\nTalks in Z\xfcrich \x96 and Gen\xe8ve.\n',
        'latin1',
      ),
    );
    const items = await readAll(root);
    const texts = items.flatMap((i) => (i.ok ? [i.source.text.split('\n')[0]] : []));
    expect(texts).toEqual(['\u201cCaf\u00e9\u201d in Z\u00fcrich', 'S\u00e3o Paulo']);
    expect(items.every((i) => i.ok && i.notices?.[0]?.startsWith('read as'))).toBe(true);
  });

  it('reads UTF-16 with a byte-order mark and refuses binary files', async () => {
    const root = folder({});
    writeFileSync(
      join(root, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
    );
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const items = await readAll(root);
    expect(ids(items)).toEqual(['utf16']);
    expect(skips(items)).toEqual({ 'binary.txt': 'it is a binary file, not text' });
  });
});

describe('size limits', () => {
  const big = `Big\n\n${'Sochi is on the Black Sea. '.repeat(2000)}\n\nLast paragraph.`;

  it('truncates an article over the limit at a paragraph or word, saying which and why', async () => {
    const root = folder({ 'big.txt': big, 'small.txt': ARTICLE });
    const items = await readAll(root, { maxArticleBytes: 20_000 });
    const first = items[0];
    expect(first?.ok && Buffer.byteLength(first.source.text)).toBeLessThanOrEqual(20_000);
    expect(first?.ok && first.source.text).toMatch(/Black Sea\.$/);
    expect(first?.ok && first.notices?.[0]).toMatch(
      /^truncated to its first 0\.0 MB: it is 0\.1 MB/,
    );
    expect(ids(items)).toEqual(['big', 'small']);
  });

  it('skips it instead when told to, and stops at the run limit with a reason', async () => {
    const root = folder({ 'big.txt': big, 'small.txt': ARTICLE, 'z.txt': ARTICLE });
    const skipping = await readAll(root, { maxArticleBytes: 20_000, oversize: 'skip' });
    expect(skips(skipping)['big.txt']).toMatch(
      /over the limit of .* per article \(maxArticleBytes\); skipped/,
    );
    const limited = await readAll(root, { maxRunBytes: Buffer.byteLength(big) + 10 });
    expect(ids(limited)).toEqual(['big']);
    expect(skips(limited)['z.txt']).toMatch(/the run's limit of 0\.1 MB of text was reached/);
  });
});
