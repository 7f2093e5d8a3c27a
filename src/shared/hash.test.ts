import { describe, expect, it } from 'vitest';
import { bucketOf, dayFromIso, fnv1a32, fold, isoFromDay, prefix2, searchShardOf } from './hash';

describe('shared hashing for shard look-ups', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('gives the reference FNV-1a value for %j', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it('hashes UTF-16 code units, so the app and preprocess agree on any id', () => {
    expect(fnv1a32('東京')).toBe(fnv1a32('\u6771\u4eac'));
    expect(fnv1a32('\u{1F600}')).not.toBe(fnv1a32('\uFFFD'));
  });

  it('puts every key in a bucket that exists', () => {
    for (const key of ['a', 'Sochi', '000_845b873d2f18d17e', '東京']) {
      expect(bucketOf(key, 7)).toBeGreaterThanOrEqual(0);
      expect(bucketOf(key, 7)).toBeLessThan(7);
    }
    expect(bucketOf('x', 0)).toBe(0);
  });
});

describe('search term folding', () => {
  it.each([
    ['Bucureşti', 'bucuresti'],
    ['ŁÓDŹ', 'łodz'],
    ['Zürich', 'zurich'],
    ['Putin', 'putin'],
  ])('folds %j to %j', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it('finds the shard of a term by its first two folded characters', () => {
    expect(prefix2('putin')).toBe('pu');
    expect(searchShardOf('putin', 16)).toBe(searchShardOf('pushkin', 16));
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['2008-04-06', 13975],
    ['1969-12-31', -1],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('numbers %s as day %i and back', (iso, day) => {
    expect(dayFromIso(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it.each(['2008-02-30', '2008-13-01', '2008', '99999-01-01', 'April 6'])('refuses %j', (iso) => {
    expect(dayFromIso(iso)).toBeNull();
  });
});
