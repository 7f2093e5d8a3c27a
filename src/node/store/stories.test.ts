import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateSummary } from '../../core/ingest/duplicates';
import { PARAGRAPHS } from '../../core/ingest/wire-story.testing';
import { openStore } from './db';
import { inProcessParser } from './in-process';
import { storePaths } from './paths';
import { runPreprocess } from './run';
import {
  countingGeoparser,
  readPublished,
  scratch,
  wireFile,
  writeWireCopies,
} from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };

function setUp() {
  const dirs = scratch();
  writeWireCopies(dirs.seeds);
  const counter = countingGeoparser();
  const run = () =>
    runPreprocess({ ...dirs, parser: inProcessParser((t) => counter.geoparse(t), VERSIONS) });
  return { ...dirs, counter, run };
}

describe('copies of one story', { timeout: 60_000 }, () => {
  it('merges wire copies into the earliest, longest article and says how many', async () => {
    const { out, run } = setUp();
    const summary = await run();

    expect(duplicateSummary(summary.duplicates)).toBe(
      '2 exact and 1 near duplicates merged into 1 story',
    );
    const { index, list, articles } = readPublished(out);
    expect(index.duplicates).toEqual({ exact: 2, near: 1, stories: 1 });
    expect(list.ids).toEqual(['medvedev', 'ap']);
    expect(index.articleCount).toBe(2);
    expect([...articles.keys()].sort()).toEqual(['ap', 'medvedev']);
    expect(articles.get('ap')?.copies).toEqual([
      {
        id: 'daily',
        title: 'PUTIN WARNS NATO',
        source: 'Daily Example',
        url: null,
        date: '2008-04-07',
        kind: 'exact',
      },
      {
        id: 'trimmed',
        title: 'NATO a threat, Putin says',
        source: 'Example Wire',
        url: null,
        date: '2008-04-06',
        kind: 'near',
      },
      {
        id: 'reuters',
        title: 'Putin, Bush fail to agree',
        source: 'Reuters',
        url: null,
        date: '2008-04-06',
        kind: 'exact',
      },
    ]);
    expect(articles.get('medvedev')?.copies).toBeUndefined();
  });

  it('counts a story once on the map, and keeps what every copy adds beside it', async () => {
    const { out, run } = setUp();
    await run();
    const { index, linkDays, placeDays } = readPublished(out);
    const place = (name: string) => index.places.find((p) => p.name === name);
    // The stand-in geoparser matches names case-sensitively: the upper-case copy names nothing.
    expect(place('Kyiv')).toMatchObject({
      mentionCount: 1,
      articleCount: 1,
      copies: { mentionCount: 2, articleCount: 2 },
    });
    const kyiv = placeDays.find((row) => row.id === place('Kyiv')?.id);
    expect(kyiv).toEqual({ id: place('Kyiv')?.id, days: [13975, 1], copies: [13975, 2] });
    expect(index.copyDays).toContain(13975);
    const sochiGeorgia = index.links.find(
      (l) => [l.a, l.b].sort().join() === 'country:GE,gn:491422',
    );
    expect(sochiGeorgia).toMatchObject({ weight: 1, copies: { weight: 2 } });
    const series = linkDays.find((l) => l.a === sochiGeorgia?.a && l.b === sochiGeorgia.b);
    expect(series).toMatchObject({ days: [13975, 1], copies: [13975, 2] });
  });

  it('re-geoparses only a changed copy, and a new earlier copy becomes the canonical', async () => {
    const { seeds, out, counter, run } = setUp();
    await run();
    counter.calls = 0;
    appendFileSync(join(seeds, 'trimmed.txt'), '\nA late word from Kyiv.\n');
    writeFileSync(
      join(seeds, 'early.txt'),
      wireFile('Putin speaks in Sochi', 'Early Bird', '2008-04-05', PARAGRAPHS),
    );
    const summary = await run();

    expect(counter.calls).toBe(2);
    expect(summary.duplicates).toEqual({ exact: 3, near: 1, stories: 1 });
    const { list, articles } = readPublished(out);
    expect(list.ids).toEqual(['medvedev', 'early']);
    expect(articles.get('early')?.copies?.map((c) => c.id)).toEqual([
      'ap',
      'daily',
      'trimmed',
      'reuters',
    ]);

    const fresh = scratch();
    const parser = inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS);
    await runPreprocess({ ...fresh, seeds, parser });
    const scratchRun = readPublished(fresh.out);
    expect(readPublished(out).index.places).toEqual(scratchRun.index.places);
    expect(readPublished(out).articles).toEqual(scratchRun.articles);
  });
});

describe('keeping every copy', { timeout: 60_000 }, () => {
  it('lists every copy as an article of its own, undoing an earlier merge', async () => {
    const { out, run, ...dirs } = setUp();
    await run();
    const parser = inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS);

    const summary = await runPreprocess({ ...dirs, out, parser, mergeCopies: false });

    expect(summary.duplicates).toEqual({ exact: 0, near: 0, stories: 0 });
    const { index, list } = readPublished(out);
    expect([...list.ids].sort()).toEqual(['ap', 'daily', 'medvedev', 'reuters', 'trimmed']);
    expect(index.places.find((p) => p.name === 'Kyiv')).toMatchObject({ mentionCount: 3 });
    expect(index.places.find((p) => p.name === 'Kyiv')?.copies).toBeUndefined();
  });
});

describe('a store from before fingerprints were kept', { timeout: 60_000 }, () => {
  it.each([
    ['every article', undefined],
    ['one article', 'ap'],
  ])(
    'fingerprints %s stored without one from the text, without geoparsing again',
    async (_, id) => {
      const { cacheDir, out, counter, run } = setUp();
      await run();
      const store = await openStore(storePaths(cacheDir).store);
      const drop = store.db.deleteFrom('fingerprints');
      await (id === undefined ? drop : drop.where('article_id', '=', id)).execute();
      await store.close();
      counter.calls = 0;

      const summary = await run();

      expect(counter.calls).toBe(0);
      expect(summary.duplicates).toEqual({ exact: 2, near: 1, stories: 1 });
      expect(readPublished(out).list.ids).toEqual(['medvedev', 'ap']);
    },
  );
});
