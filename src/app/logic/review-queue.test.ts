import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../shared/schema';
import { reviewKey, reviewQueue } from './review-queue';

const row = (name: string, confidence: number, mentionCount = 1): PlaceRow => ({
  id: `x:${name}`,
  name,
  kind: 'city',
  lat: 0,
  lon: 0,
  country: null,
  mentionCount,
  articleCount: 1,
  confidence,
  alternatives: [],
  names: [name],
  days: [],
  pages: [],
});

describe('the review queue', () => {
  it('lists doubtful places least sure first, and leaves out the sure ones', () => {
    const queue = reviewQueue([
      row('Lima', 0.7),
      row('Paris', 0.95),
      row('Georgia', 0.5),
      row('Jordan', 0.7, 4),
    ]);
    expect(queue.map((p) => p.name)).toEqual(['Georgia', 'Jordan', 'Lima']);
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
