import { describe, expect, it } from 'vitest';
import { MIN_COUNT, riseText, rising } from './rise';

// A fixed pseudo-random sequence (mulberry32), so the noise is the same on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts for `places` steady places: a base rate each, plus or minus up to 40%. */
function steady(places: number, seed: number): { now: number[]; before: number[] } {
  const next = random(seed);
  const base = Array.from({ length: places }, () => 2 + Math.floor(next() * 30));
  const jitter = (c: number) => Math.max(0, Math.round(c * (0.6 + 0.8 * next())));
  return { now: base.map(jitter), before: base.map(jitter) };
}

describe('rising places', () => {
  it('finds a true surge, first, and says by how much', () => {
    const { now, before } = steady(200, 1);
    now[17] = 60;
    before[17] = 5;
    const found = rising(now, before);
    expect(found[0]?.at).toBe(17);
    expect(found[0] && riseText(found[0])).toMatch(/^×\d+(\.\d)?, 60 vs 5 mentions$/);
  });

  it.each([1, 2, 3, 4, 5])('lists nothing for steady coverage with noise (seed %i)', (seed) => {
    const { now, before } = steady(300, seed);
    expect(rising(now, before)).toEqual([]);
  });

  it('does not make a trend of one article, however new the place', () => {
    const { now, before } = steady(100, 7);
    now[3] = MIN_COUNT - 1;
    before[3] = 0;
    expect(rising(now, before).map((r) => r.at)).not.toContain(3);
  });

  it('does not make a trend of a few mentions against a large volume', () => {
    const { now, before } = steady(100, 8);
    now[4] = 3;
    before[4] = 0;
    expect(rising(now, before).map((r) => r.at)).not.toContain(4);
  });

  it('has nothing to compare with when the earlier window is empty', () => {
    expect(rising([10, 20], [0, 0])).toEqual([]);
  });
});
