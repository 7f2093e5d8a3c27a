import { describe, expect, it } from 'vitest';
import type { DataIndexFile, PlaceDaysFile } from '../../shared/schema';
import { buildIndex } from '../data/data-index';
import { tinyIndex } from '../data/tiny-data.testing';
import { timelineData } from './timeline';
import { countEveryCopy } from './copies';
import { dayRange, shownPlaces } from './filters';
import { withPlaceDays } from './place-days-file';

const APRIL = dayRange({ from: '2008-04-01', to: '2008-04-30' });

/** The tiny index as version 3 publishes it: places without series, their series in a shard. */
function splitTiny(): { data: DataIndexFile; shard: PlaceDaysFile } {
  const { data } = tinyIndex();
  const shard = data.places.map(({ id, days }) => ({ id, days: days ?? [] }));
  const places = data.places.map((place) => ({ ...place, days: undefined }));
  return { data: { ...data, places }, shard };
}

describe('places under a date window', () => {
  it('count nothing until their day series arrive, then the same as inline series', () => {
    const { data, shard } = splitTiny();
    const inline = shownPlaces(tinyIndex(), APRIL, undefined, false);
    expect(inline.length).toBeGreaterThan(0);
    expect(shownPlaces(buildIndex(data), APRIL, undefined, false)).toEqual([]);
    const attached = buildIndex(withPlaceDays(data, shard));
    expect(shownPlaces(attached, APRIL, undefined, false)).toEqual(inline);
  });

  it('are matched to their series by id, so a place left out shifts nothing', () => {
    const { data, shard } = splitTiny();
    const [, ...rest] = data.places;
    const attached = withPlaceDays({ ...data, places: rest }, shard);
    expect(attached.places.map((p) => p.days)).toEqual(shard.slice(1).map((row) => row.days));
  });

  it('keep no series when the shard lacks them, and add their copies’ series when counted', () => {
    const { data, shard } = splitTiny();
    const [first] = data.places;
    const own = shard[0]?.days ?? [];
    if (!first || own.length < 2) throw new Error('the tiny index has a dated place');
    const withCopy = {
      ...data,
      copyDays: [own[0] ?? 0, 2],
      places: [{ ...first, copies: { mentionCount: 2, articleCount: 1 } }],
    };
    expect(withPlaceDays(withCopy, []).places[0]?.days).toBeUndefined();
    const rows = [{ ...(shard[0] as PlaceDaysFile[number]), copies: [own[0] ?? 0, 2] }];
    const counted = countEveryCopy(withPlaceDays(withCopy, rows));
    expect(counted.places[0]?.mentionCount).toBe(first.mentionCount + 2);
    expect(counted.places[0]?.days?.[1]).toBe((own[1] ?? 0) + 2);
    // The timeline's total gains the copies too, before and after the series arrive.
    expect(countEveryCopy(withCopy).days).toEqual(counted.days);
    const bars = (d: DataIndexFile) => timelineData(d.days, null, 'day')?.bars.counts ?? [];
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(bars(counted))).toBe(sum(bars(data)) + 2);
  });
});
