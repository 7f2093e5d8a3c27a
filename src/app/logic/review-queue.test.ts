import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../shared/schema';
import { entryKey, nextReview, reviewKey } from './review-queue';

const entry = (articleId: string, start: number, confidence: number): ReviewEntry => ({
  articleId,
  title: articleId,
  date: null,
  passageIndex: 0,
  start: 0,
  text: 'Officials in Georgia met.',
  mention: { start, end: start + 7, text: 'Georgia' },
  placeId: 'country:GE',
  confidence,
  alternatives: [],
});

const PAGES = [[entry('a', 13, 0.2), entry('b', 13, 0.3)], [entry('c', 13, 0.5)]];

describe('the review queue', () => {
  it.each([
    ['the least sure entry first', new Set<string>(), { entry: PAGES[0]?.[0] }],
    ['the next one once the first is passed', new Set(['a\u000013']), { entry: PAGES[0]?.[1] }],
    ['an entry on the next page', new Set(['a\u000013', 'b\u000013']), { entry: PAGES[1]?.[0] }],
    ['the end once every entry is passed', new Set(PAGES.flat().map(entryKey)), { done: true }],
  ])('shows %s', (_name, passed, next) => {
    expect(nextReview(PAGES.length, (k) => PAGES[k], passed)).toEqual(next);
  });

  it('asks for the page it needs before going on', () => {
    const passed = new Set(['a\u000013', 'b\u000013']);
    expect(nextReview(2, (k) => (k === 0 ? PAGES[0] : undefined), passed)).toEqual({ page: 1 });
  });

  it.each([
    ['a', { kind: 'accept' }],
    ['N', { kind: 'not-a-place' }],
    ['s', { kind: 'skip' }],
    ['2', { kind: 'alternative', index: 1 }],
    ['4', undefined],
    ['Enter', undefined],
  ])('reads the key %s', (key, action) => {
    expect(reviewKey(key)).toEqual(action);
  });
});
