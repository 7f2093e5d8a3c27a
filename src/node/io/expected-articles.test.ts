import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedArticles } from './expected-articles';
import { listFolder } from './listing';
import { readCollection } from './read-collection';

const ARTICLE = 'A Title\n\nA paragraph about Sochi.\n';

function folder(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const name of files) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), name.endsWith('.jsonl') ? '{"text":"Sochi"}\n' : ARTICLE);
  }
  return root;
}

async function articlesRead(root: string): Promise<number> {
  let count = 0;
  for await (const item of readCollection(root, { fetch: false })) if (item.ok) count++;
  return count;
}

describe('the progress total before reading', () => {
  it.each([
    { name: 'flat text files', files: ['a.txt', 'b.txt', 'c.md'], expected: 3 },
    { name: 'subfolders', files: ['a.txt', '2024/b.txt', '2024/03/c.markdown'], expected: 3 },
    {
      name: 'what is never read',
      files: ['a.txt', '.hidden.txt', '.git/x.txt', 'a.txt~', 'photo.png', 'corrections.json'],
      expected: 1,
    },
  ])('counts the articles of $name', async ({ files, expected }) => {
    const root = folder(files);
    expect(expectedArticles(root)).toBe(expected);
    expect(expectedArticles(root, listFolder(root))).toBe(expected);
    expect(await articlesRead(root)).toBe(expected);
  });

  it('is unknown when an export or a feed holds any number of articles', () => {
    expect(expectedArticles(folder(['a.txt', 'exports/feed.jsonl']))).toBeUndefined();
    expect(expectedArticles(folder(['news.rss']))).toBeUndefined();
    const root = folder(['a.txt', 'exports/feed.jsonl']);
    expect(expectedArticles(root, listFolder(root))).toBeUndefined();
  });
});
