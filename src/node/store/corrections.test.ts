import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseCorrections } from '../../shared/corrections-file';
import { GEORGIA_STATE as STATE } from '../../shared/places.testing';
import type { Correction } from '../../shared/schema';
import { orphanReport } from '../io/orphan-report';
import { inProcessParser } from './in-process';
import { runPreprocess } from './run';
import {
  countingGeoparser,
  georgiaIn,
  readPublished,
  scratch,
  writeCollection,
  writeWireCopies,
} from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };

describe('corrections on preprocess', { timeout: 60_000 }, () => {
  it('applies seeds/corrections.json without geoparsing again, and keeps it on every run', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 60);
    const counter = countingGeoparser();
    const run = () =>
      runPreprocess({ ...dirs, parser: inProcessParser((t) => counter.geoparse(t), VERSIONS) });
    const first = await run();

    writeFileSync(
      join(dirs.seeds, 'corrections.json'),
      serialiseCorrections([georgiaIn('a00003')]),
    );
    counter.calls = 0;
    const second = await run();
    expect(counter.calls).toBe(0);
    // Only the files the corrected article is in are written again.
    expect(second.published?.shardsWritten).toBeLessThan(first.published?.shardsWritten ?? 0);
    expect(second.published?.corrections).toEqual({ applied: 1, orphans: [] });

    const check = () => {
      const { index, articles } = readPublished(dirs.out);
      const state = index.places.find((p) => p.id === STATE.id);
      expect(state).toMatchObject({ mentionCount: 1, articleCount: 1, confidence: 1 });
      const mention = articles.get('a00003')?.mentions.find((m) => m.text === 'Georgia');
      expect(mention).toMatchObject({ placeId: STATE.id, reasons: ['corrected by a reviewer'] });
      expect(articles.get('a00006')?.mentions.find((m) => m.text === 'Georgia')?.placeId).toBe(
        'country:GE',
      );
    };
    check();
    await run();
    check();
  });

  it('reports a correction whose mention has gone, and keeps the rest', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 10);
    // Article a00004 never mentions Georgia; a00099 does not exist.
    const corrections = [georgiaIn('a00003'), georgiaIn('a00004'), georgiaIn('a00099')];
    writeFileSync(join(dirs.seeds, 'corrections.json'), serialiseCorrections(corrections));
    const summary = await runPreprocess({
      ...dirs,
      parser: inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS),
    });
    expect(summary.published?.corrections.applied).toBe(1);
    expect(orphanReport(summary.published?.corrections.orphans ?? [])).toEqual([
      '2 corrections no longer match (they stay in the file):',
      '  article a00004, "Georgia" ("…Talks in Sochi went on. [Georgia] answered.…"), place: "Georgia" with its context is no longer in article a00004',
      '  article a00099, "Georgia" ("…Talks in Sochi went on. [Georgia] answered.…"), place: article a00099 is not in the collection',
    ]);
  });

  it('reaches the copies of its story, which carry the same mention and context', async () => {
    const dirs = scratch();
    // The AP story and three copies (Reuters word for word, one upper-cased, one trimmed).
    writeWireCopies(dirs.seeds);
    const ofStory: Correction = {
      article: 'ap',
      mention: 'Georgia',
      before: 'expanding NATO to Ukraine and ',
      after: ' would threaten the security of Russia',
      scope: 'mention',
      verdict: 'place',
      place: STATE,
    };
    writeFileSync(join(dirs.seeds, 'corrections.json'), serialiseCorrections([ofStory]));
    const summary = await runPreprocess({
      ...dirs,
      parser: inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS),
    });
    expect(summary.published?.corrections).toEqual({ applied: 1, orphans: [] });
    const { index } = readPublished(dirs.out);
    // Counted once as the story; "count every copy" adds the two copies that name Georgia.
    expect(index.places.find((p) => p.id === STATE.id)).toMatchObject({
      mentionCount: 1,
      copies: { mentionCount: 2, articleCount: 2 },
    });
    expect(index.places.find((p) => p.id === 'country:GE')).toBeUndefined();
  });

  it('stops with one line naming a corrections file that is not one, before touching the data', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 2);
    writeFileSync(join(dirs.seeds, 'corrections.json'), '{"format": "something else"}');
    await expect(
      runPreprocess({
        ...dirs,
        parser: inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS),
      }),
    ).rejects.toThrow(`${join(dirs.seeds, 'corrections.json')}: not a corrections file`);
  });
});
