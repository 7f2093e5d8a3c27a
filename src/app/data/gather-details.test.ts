import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../shared/schema';
import { passageFilter } from '../logic/export-passages';
import { dayRange } from '../logic/filters';
import { gatherDetails } from './gather-details';
import { tinyFiles, tinySource } from './tiny-data.testing';

const sochiOf = (source: ReturnType<typeof tinySource>): PlaceRow => {
  const sochi = source.index.placeById.get('gn:491422');
  if (!sochi) throw new Error('no Sochi in the tiny data');
  return sochi;
};

describe('gatherDetails', () => {
  it('fetches each place page by page and reports progress per place', async () => {
    const source = tinySource(tinyFiles({ pageSize: 2, extraSochi: 3 }));
    const places = [sochiOf(source), source.index.placeById.get('country:PL')].filter(
      (p): p is PlaceRow => p !== undefined,
    );
    const progress: number[] = [];
    const details = await gatherDetails(source, places, {
      keep: () => true,
      onProgress: (done) => progress.push(done),
    });
    // Sochi: a1, a2 and three "Sochi day k" articles, over three pages of two.
    expect(details.get('gn:491422')?.passages).toHaveLength(5);
    expect(details.get('gn:491422')?.articles.map((a) => a.id)).toContain('s2');
    expect(details.get('country:PL')?.articles).toEqual([{ id: 'a1', title: 'Summit news' }]);
    expect(progress.sort()).toEqual([1, 2]);
  });

  it('fetches no more pages once the limit is passed', async () => {
    const requests: string[] = [];
    const source = tinySource(tinyFiles({ pageSize: 2, extraSochi: 5 }), requests);
    const sochi = sochiOf(source);
    const details = await gatherDetails(source, [sochi], { keep: () => true, max: 2 });
    expect(details.get(sochi.id)?.passages).toHaveLength(2);
    expect(details.get(sochi.id)?.truncated).toBe(true);
    expect(requests.filter((path) => sochi.pages.includes(path))).toHaveLength(2);
  });

  it('keeps a place whose page cannot be fetched, with what it has', async () => {
    const files = tinyFiles();
    const source = tinySource(files);
    const sochi = sochiOf(source);
    files.delete(sochi.pages[0] ?? '');
    const details = await gatherDetails(source, [sochi], { keep: () => true });
    expect(details.get(sochi.id)).toEqual({ articles: [], passages: [], truncated: false });
  });

  it('reads only the pages a date window’s passages can be on', async () => {
    // Sochi over pages of two: [a1 (4 April 2008), s0], [s1, s2], [s3, s4], [a2 (undated)],
    // with s0..s4 on 1 January 2007.
    const files = tinyFiles({ pageSize: 2, extraSochi: 5 });
    let requests: string[] = [];
    const gather = async (from: string, to: string) => {
      requests = [];
      const source = tinySource(files, requests);
      const sochi = sochiOf(source);
      const range = dayRange({ from, to });
      const details = await gatherDetails(source, [sochi], {
        keep: passageFilter(range, null),
        range,
      });
      return details.get(sochi.id)?.passages.map((p) => p.articleId);
    };
    const sochi = sochiOf(tinySource(files));
    const read = () => requests.filter((path) => sochi.pages.includes(path));
    expect(await gather('2007-01-01', '2007-01-01')).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(read()).toEqual(sochi.pages.slice(0, 3));
    expect(await gather('2008-04-01', '2008-04-30')).toEqual(['a1']);
    expect(read()).toEqual(sochi.pages.slice(0, 1));
    expect(await gather('2009-01-01', '2009-12-31')).toEqual([]);
    expect(read()).toEqual([]);
  });
});
