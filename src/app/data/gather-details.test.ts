import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../shared/schema';
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
});
