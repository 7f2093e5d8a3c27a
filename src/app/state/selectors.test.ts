import { describe, expect, it } from 'vitest';
import { tinyIndex } from '../data/tiny-data.testing';
import { INITIAL_STATE } from '../logic/app-state';
import { selectShown } from './selectors';

const index = tinyIndex();
const input = (over: Partial<typeof INITIAL_STATE> = {}) => ({
  index,
  state: { ...INITIAL_STATE, ...over },
  article: undefined,
});

describe('selectShown', () => {
  it('gives every caller with the same inputs the same result, computed once', () => {
    expect(selectShown(input())).toBe(selectShown(input()));
  });

  it('recomputes when the date filter changes, and counts only mentions inside it', () => {
    const all = selectShown(input());
    const none = selectShown(input({ filters: { from: '1990-01-01', to: '1990-01-02' } }));
    expect(none).not.toBe(all);
    expect(all.shown.length).toBeGreaterThan(0);
    expect(none.shown).toEqual([]);
    expect(all.shownById.size).toBe(all.shown.length);
  });
});
