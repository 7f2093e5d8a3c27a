import { describe, expect, it } from 'vitest';
import type { PassagePage, PlacePassage } from '../../shared/schema';
import { passageFilter, placeDetails } from './export-passages';

const passage = (articleId: string, passageIndex: number, date: string | null): PlacePassage => ({
  articleId,
  title: `Title of ${articleId}`,
  date,
  source: null,
  passageIndex,
  start: 100,
  text: 'Leaders met in Sochi.',
  mentions: [{ start: 115, end: 120 }],
});
const pages: PassagePage[] = [
  { passages: [passage('a2', 1, '2009-01-01'), passage('a1', 3, '2008-04-04')] },
  { passages: [passage('a1', 5, '2008-04-04'), passage('a3', 0, null)] },
];
const all = () => true;

describe('placeDetails', () => {
  it('lists the articles once each, newest first, and every passage as text', () => {
    const details = placeDetails(pages, all);
    expect(details.articles).toEqual([
      { id: 'a2', title: 'Title of a2' },
      { id: 'a1', title: 'Title of a1' },
      { id: 'a3', title: 'Title of a3' },
    ]);
    expect(details.passages.map((p) => [p.articleId, p.passageIndex])).toEqual([
      ['a2', 1],
      ['a1', 3],
      ['a1', 5],
      ['a3', 0],
    ]);
    expect(details.truncated).toBe(false);
  });

  it('gives mention offsets within the passage text, so they point at the name', () => {
    const [first] = placeDetails(pages, all).passages;
    expect(first?.mentions).toEqual([{ start: 15, end: 20 }]);
    expect(first?.text.slice(15, 20)).toBe('Sochi');
  });

  it('keeps only the passages the filter accepts, and their articles', () => {
    const details = placeDetails(pages, (p) => p.date?.startsWith('2008') ?? false);
    expect(details.articles).toEqual([{ id: 'a1', title: 'Title of a1' }]);
    expect(details.passages).toHaveLength(2);
  });

  it('stops at the limit and says the place has more', () => {
    const details = placeDetails(pages, all, 2);
    expect(details.passages).toHaveLength(2);
    expect(details.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(details.truncated).toBe(true);
    expect(placeDetails(pages, all, 4).truncated).toBe(false);
  });
});

describe('passageFilter', () => {
  const open = { from: null, to: null };
  const in2008 = { from: 13_879, to: 14_244 }; // 2008-01-01 .. 2008-12-31
  it.each([
    ['every passage with no filter', open, null, ['a2', 'a1', 'a1', 'a3']],
    ['dated passages inside the range only', in2008, null, ['a1', 'a1']],
    ['the chosen article only', open, 'a1', ['a1', 'a1']],
    ['both at once', in2008, 'a2', []],
  ] as const)('keeps %s', (_name, range, articleId, expected) => {
    const keep = passageFilter(range, articleId);
    const kept = pages.flatMap((p) => p.passages).filter(keep);
    expect(kept.map((p) => p.articleId)).toEqual(expected);
  });
});
