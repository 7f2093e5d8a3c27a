import { describe, expect, it } from 'vitest';
import { inProcessParser } from './in-process';
import { runPreprocess } from './run';
import {
  countingGeoparser,
  PLACES,
  readPublished,
  scratch,
  writeWireCopies,
} from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };

describe('the published review list', { timeout: 60_000 }, () => {
  it('lists the doubtful mentions of each story once, least sure first, with their passage', async () => {
    const dirs = scratch();
    // The AP story, three copies of it from other outlets, and a story naming none of these.
    writeWireCopies(dirs.seeds);
    const geoparser = countingGeoparser(PLACES, { Georgia: 0.3, Kyiv: 0.6, Sochi: 0.95 });
    await runPreprocess({
      ...dirs,
      parser: inProcessParser((t) => geoparser.geoparse(t), VERSIONS),
    });

    const { index, review } = readPublished(dirs.out);
    expect(index.review).toMatchObject({ count: 2, total: 2 });
    expect(review.map((e) => [e.articleId, e.mention.text, e.confidence])).toEqual([
      ['ap', 'Georgia', 0.3],
      ['ap', 'Kyiv', 0.6],
    ]);
    const [first] = review;
    expect(
      first?.text.slice(first.mention.start - first.start, first.mention.end - first.start),
    ).toBe('Georgia');
    expect(first).toMatchObject({ title: 'Putin warns NATO over Ukraine', date: '2008-04-06' });
  });
});
