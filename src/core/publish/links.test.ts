import { describe, expect, it } from 'vitest';
import { splitLinkDays } from './04-links';

describe('splitLinkDays', () => {
  it('takes the day series out of the index rows, keyed by the links’ ends', () => {
    const { links, days } = splitLinkDays([
      { a: 'p1', b: 'p2', weight: 3, days: [100, 2, 101, 1] },
      { a: 'p1', b: 'p3', weight: 1, days: [], copies: { weight: 2, days: [100, 2] } },
    ]);
    expect(links).toEqual([
      { a: 'p1', b: 'p2', weight: 3 },
      { a: 'p1', b: 'p3', weight: 1, copies: { weight: 2 } },
    ]);
    expect(days).toEqual([
      { a: 'p1', b: 'p2', days: [100, 2, 101, 1] },
      { a: 'p1', b: 'p3', days: [], copies: [100, 2] },
    ]);
  });
});
