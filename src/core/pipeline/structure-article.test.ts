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
  ])('derives a URL-safe id from %j', (file, id) => {
    expect(articleId(file)).toBe(id);
  });
});
