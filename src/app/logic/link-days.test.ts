import { describe, expect, it } from 'vitest';
import type { DataIndexFile, LinkDaysFile } from '../../shared/schema';
import { buildIndex } from '../data/data-index';
import { tinyIndex } from '../data/tiny-data.testing';
import { countEveryCopy } from './copies';
import { dayRange, shownLinks } from './filters';
import { withLinkDays } from './link-days';

const APRIL = dayRange({ from: '2008-04-01', to: '2008-04-30' });

/** The tiny index as version 2 publishes it now: links bare, their series in a shard. */
function splitTiny(): { data: DataIndexFile; shard: LinkDaysFile } {
  const { data } = tinyIndex();
  const shard = data.links.map(({ a, b, days }) => ({ a, b, days: days ?? [] }));
  const links = data.links.map(({ a, b, weight }) => ({ a, b, weight }));
  return { data: { ...data, links }, shard };
}

describe('links under a date window', () => {
  it('count nothing until their day series arrive, then the same as inline series', () => {
    const { data, shard } = splitTiny();
    const inline = shownLinks(tinyIndex(), APRIL, undefined, false);
    expect(inline.length).toBeGreaterThan(0);
    expect(shownLinks(buildIndex(data), APRIL, undefined, false)).toEqual([]);
    expect(shownLinks(buildIndex(withLinkDays(data, shard)), APRIL, undefined, false)).toEqual(
      inline,
    );
  });

  it('are matched to their series by their ends, so a link left out shifts nothing', () => {
    const { data, shard } = splitTiny();
    const [, ...rest] = data.links;
    const attached = withLinkDays({ ...data, links: rest }, shard);
    expect(attached.links.map((l) => l.days)).toEqual(shard.slice(1).map((row) => row.days));
  });

  it('keep no series when the shard lacks them, and add their copies’ series when counted', () => {
    const { data, shard } = splitTiny();
    const [first] = data.links;
    if (!first) throw new Error('the tiny index has links');
    const withCopy = {
      ...data,
      links: [{ ...first, copies: { weight: 2 } }],
    };
    const copyDays = [shard[0]?.days[0] ?? 0, 2];
    const rows = [{ ...(shard[0] as LinkDaysFile[number]), copies: copyDays }];
    expect(withLinkDays(withCopy, []).links[0]?.days).toBeUndefined();
    const counted = countEveryCopy(withLinkDays(withCopy, rows));
    const own = shard[0]?.days ?? [];
    expect(counted.links[0]?.weight).toBe(first.weight + 2);
    expect(counted.links[0]?.days?.[1]).toBe((own[1] ?? 0) + 2);
  });
});
