import { describe, expect, it } from 'vitest';
import { articleId, structureArticle } from './04-structure-article';

describe('structuring one article', () => {
  it('takes the title, skips feed junk and keeps passages in order with offsets', () => {
    const text =
      'Bush, Putin at Odds\n\nNEWYou can now listen to Fox News articles!\n\nIn Bucharest on Friday.\n\nThen Sochi.';
    const result = structureArticle({ file: 'a.txt', text });
    if (!result.ok) throw new Error(result.reason);
    const { article } = result;
    expect(article.title).toBe('Bush, Putin at Odds');
    expect(article.source).toBe('Fox News');
    expect(article.passages.map((p) => text.slice(p.start, p.end))).toEqual([
      'Bush, Putin at Odds',
      'In Bucharest on Friday.',
      'Then Sochi.',
    ]);
    expect(article.passages.map((p) => [p.index, p.title])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
  });

  it('reads source and date from a header and keeps it out of the passages', () => {
    const text = 'Title\n\nSource: AP\nDate: 2008-04-04\n\nBody.';
    const result = structureArticle({ file: 'b.txt', text });
    expect(result.ok && result.article).toMatchObject({ source: 'AP', date: '2008-04-04' });
    expect(result.ok && result.article.passages.length).toBe(2);
  });

  it('reads a header followed by single-newline paragraphs', () => {
    const text = 'Title\nSource: AP\nDate: 2008-04-04\nBush met Putin.\nThey spoke of Kyiv.';
    const result = structureArticle({ file: 'c.txt', text });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article).toMatchObject({ source: 'AP', date: '2008-04-04' });
    expect(result.article.passages.map((p) => text.slice(p.start, p.end))).toEqual([
      'Title',
      'Bush met Putin.',
      'They spoke of Kyiv.',
    ]);
  });

  it('prefers what the reader found (id, date, source, url) and passes on date notices', () => {
    const text = 'Title\n\nDate: 2008\n\nBody.';
    const result = structureArticle({
      id: 'feed/item-1',
      file: 'feed.xml',
      text,
      meta: { source: 'Wire', url: 'https://example.org/a' },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article).toMatchObject({
      id: 'feed/item-1',
      source: 'Wire',
      date: null,
      url: 'https://example.org/a',
    });
    expect(result.notices.join()).toContain('a year alone');
  });

  it.each([
    ['', 'it is empty'],
    ['\n \n', 'it is empty'],
    ['Only a title', 'it has a title but no paragraphs'],
    ['Title\n\nAdvertisement', 'it has a title but no paragraphs'],
    ['Ti\u0000tle\n\nBody', 'it is a binary file, not text'],
  ])('rejects %j because %s', (text, reason) => {
    expect(structureArticle({ file: 'x.txt', text })).toEqual({ ok: false, reason });
  });

  it.each([
    ['000_845b873d2f18d17e.txt', '000_845b873d2f18d17e'],
    ['My article (1).txt', 'My-article-1-'],
    ['kyiv.notes.txt', 'kyiv-notes'],
    ['東京.txt', '東京'],
    ['Cafe\u0301 Zürich.txt', 'Caf\u00e9-Zürich'],
    ['world/europe/kyiv.txt', 'world/europe/kyiv'],
    ['.txt', 'article-044862c3'],
    ['???.txt', 'article-8d554442'],
  ])('derives a stable, non-empty id from %j', (file, id) => {
    expect(articleId(file)).toBe(id);
  });
});
