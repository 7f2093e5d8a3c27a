import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../shared/schema';
import { splitPlaceDays } from './08-index';

const row = (id: string, days: number[], copies?: PlaceRow['copies']): PlaceRow => ({
  id,
  name: id,
  kind: 'city',
  lat: 0,
  lon: 0,
  country: null,
  mentionCount: 5,
  articleCount: 2,
  confidence: 1,
  alternatives: [],
  names: [id],
  days,
  pages: [],
  ...(copies ? { copies } : {}),
});

describe('splitPlaceDays', () => {
  it('takes the day series out of the index rows, keyed by id, and keeps their sums', () => {
    const split = splitPlaceDays([
      row('p1', [100, 2, 102, 1]),
      row('p2', [101, 4, 102, 2], { mentionCount: 3, articleCount: 1, days: [102, 3] }),
      row('p3', []),
    ]);
    expect(split.places.map((p) => [p.id, p.days, p.copies])).toEqual([
      ['p1', undefined, undefined],
      ['p2', undefined, { mentionCount: 3, articleCount: 1 }],
      ['p3', undefined, undefined],
    ]);
    expect(split.days).toEqual([
      { id: 'p1', days: [100, 2, 102, 1] },
      { id: 'p2', days: [101, 4, 102, 2], copies: [102, 3] },
      { id: 'p3', days: [] },
    ]);
    expect(split.total).toEqual([100, 2, 101, 4, 102, 3]);
    expect(split.copyTotal).toEqual([102, 3]);
  });

  it('has no copies’ total when no copy mentions a place', () => {
    expect(splitPlaceDays([row('p1', [100, 1])]).copyTotal).toBeNull();
  });
});
