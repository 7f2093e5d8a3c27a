import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { PASSAGE_PAGE_SIZE } from '../../shared/schema';
import { expectedArticles } from '../io/expected-articles';
import type { FolderListing } from '../io/listing';
import { inProcessParser } from './in-process';
import { runPreprocess } from './run';
import { ShardWriter } from './shard-writer';
import { countingGeoparser, readPublished, scratch, writeCollection } from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };

function setUp(count: number) {
  const dirs = scratch();
  writeCollection(dirs.seeds, count);
  const counter = countingGeoparser();
  const run = (versions = VERSIONS) =>
    runPreprocess({ ...dirs, parser: inProcessParser((t) => counter.geoparse(t), versions) });
  return { ...dirs, counter, run };
}

/** What a reader sees of a published folder, page paths aside (they name the same content). */
function view(dir: string) {
  const { index, list, articles, search, pages } = readPublished(dir);
  return {
    places: index.places.map((p) => ({ ...p, pages: [] })),
    list,
    articles,
    search,
    pages: index.places.map((p) => pages(p.id)),
  };
}

/** A run from scratch over the same seeds, in folders of its own. */
async function freshRun(seeds: string) {
  const fresh = scratch();
  const parser = inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS);
  await runPreprocess({ ...fresh, seeds, parser });
  return fresh.out;
}

function editSeed(seeds: string, name: string, from: string, to: string): void {
  const file = join(seeds, name);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${name} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** How many passage page files a run builds (unchanged content included). */
async function pagesBuiltBy(run: () => Promise<unknown>): Promise<number> {
  const write = vi.spyOn(ShardWriter.prototype, 'write');
  try {
    await run();
    return write.mock.calls.filter(([kind]) => kind === 'passages').length;
  } finally {
    write.mockRestore();
  }
}

/** Every passage page path the index names, place by place. */
function pagePaths(out: string): Set<string> {
  return new Set(readPublished(out).index.places.flatMap((p) => p.pages));
}

describe('incremental preprocessing', { timeout: 60_000 }, () => {
  it("gives the progress bar the seeds folder's article count, from the run's listing", async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 20);
    const totals = new Set<number | undefined>();
    const seen: (FolderListing | undefined)[] = [];
    await runPreprocess({
      ...dirs,
      parser: inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS),
      expected: (listing) => {
        seen.push(listing);
        return expectedArticles(dirs.seeds, listing);
      },
      progress: { update: (_, total) => totals.add(total), stage: () => undefined, done: () => {} },
    });
    expect(seen.map((listing) => listing?.names.length)).toEqual([20]);
    expect([...totals]).toEqual([20]);
  });

  it('re-geoparses exactly the one article that changed', async () => {
    const { seeds, out, counter, run } = setUp(300);
    await run();
    expect(counter.calls).toBe(300);
    const before = readPublished(out).index;

    appendFileSync(join(seeds, 'a00042.txt'), '\nA late word from Kyiv.\n');
    counter.calls = 0;
    const summary = await run();

    expect(counter.calls).toBe(1);
    expect(summary.sync.parsed).toBe(1);
    const after = readPublished(out);
    const kyiv = (index: typeof before) => index.places.find((p) => p.name === 'Kyiv');
    expect(kyiv(after.index)?.mentionCount).toBe((kyiv(before)?.mentionCount ?? 0) + 1);
    expect(after.articles.get('a00042')?.text).toContain('A late word from Kyiv.');
  });

  it('publishes after changes exactly what a run from scratch publishes', async () => {
    const { seeds, out, run } = setUp(400);
    await run();
    appendFileSync(join(seeds, 'a00007.txt'), '\nKyiv and Georgia, late.\n');
    rmSync(join(seeds, 'a00100.txt'));
    writeCollection(seeds, 3, 5000);
    const summary = await run();
    expect(summary.published?.shardsReused).toBeGreaterThan(0);

    expect(view(out)).toEqual(view(await freshRun(seeds)));
  });

  it('rebuilds only the pages from the first changed rank on when an article moves in a big place', async () => {
    const { seeds, out, run } = setUp(600);
    await run();
    const before = pagePaths(out);
    const sochiPages = readPublished(out).index.places.find((p) => p.name === 'Sochi')?.pages;
    expect(sochiPages?.length).toBe(24);
    // a00010 mentions Sochi and Kyiv; three weeks earlier, it moves past some 50 articles.
    editSeed(seeds, 'a00010.txt', '2024-11-11', '2024-10-20');
    const built = await pagesBuiltBy(run);
    const changed = [...pagePaths(out)].filter((path) => !before.has(path)).length;
    // Exactly the pages whose content moved: not the places' other pages.
    expect(built).toBe(changed);
    expect(changed).toBeGreaterThan(1);
    expect(changed).toBeLessThan(8);
    expect(view(out)).toEqual(view(await freshRun(seeds)));
  });

  it('rebuilds just the pages that show an article whose source changed', async () => {
    const { seeds, out, run } = setUp(600);
    await run();
    // Same length, same place in the list, same mention offsets: only the article's version says.
    editSeed(seeds, 'a00010.txt', 'Source: Wire 1', 'Source: Wire 2');
    // Its two Sochi passages (on one page or two) and its Kyiv passage.
    expect(await pagesBuiltBy(run)).toBeLessThanOrEqual(3);
    const sochi = readPublished(out)
      .pages('gn:491422')
      .flatMap((page) => page.passages);
    expect(sochi.find((p) => p.articleId === 'a00010')?.source).toBe('Wire 2');
    expect(view(out)).toEqual(view(await freshRun(seeds)));
  });

  it('geoparses nothing when nothing changed, and publishes the same files', async () => {
    const { out, counter, run } = setUp(50);
    await run();
    const files = readdirSync(join(out, 'shards')).sort();
    counter.calls = 0;
    const summary = await run();
    expect(counter.calls).toBe(0);
    expect(summary.published?.shardsWritten).toBe(0);
    expect(readdirSync(join(out, 'shards')).sort()).toEqual(files);
  });

  it('writes again a kept file that was deleted, and counts the same bytes as the first run', async () => {
    const { out, run } = setUp(50);
    const first = await run();
    const pages = [...pagePaths(out)];
    const gone = pages[pages.length - 1] ?? '';
    rmSync(join(out, gone));
    const summary = await run();
    expect(summary.published?.shardsWritten).toBe(1);
    expect(readFileSync(join(out, gone), 'utf8').length).toBeGreaterThan(0);
    expect(summary.published?.bytes).toBe(first.published?.bytes);
    const again = await run();
    expect(again.published?.bytes).toBe(first.published?.bytes);
  });

  it.each([
    ['every article', 'delete from packed_mentions'],
    ['one article', "delete from packed_mentions where article_id = 'a00007'"],
  ])(
    'packs the mentions of %s stored without them once, and publishes the same',
    async (_, drop) => {
      const { out, cacheDir, counter, run } = setUp(20);
      await run();
      const before = readPublished(out).index;
      const store = new Database(join(cacheDir, 'store.sqlite'));
      store.prepare(drop).run();
      store.close();
      counter.calls = 0;
      const summary = await run();
      expect(counter.calls).toBe(0);
      expect(summary.published?.shardsWritten).toBe(0);
      expect(readPublished(out).index.places).toEqual(before.places);
      const after = new Database(join(cacheDir, 'store.sqlite'));
      const count = (table: string) =>
        after.prepare(`select count(*) as n from ${table}`).get() as { n: number };
      expect(count('packed_mentions')).toEqual(count('articles'));
      after.close();
    },
  );

  it('reads only the file that changed once the others are settled, and publishes the same', async () => {
    const { seeds, out, counter, run } = setUp(40);
    writeFileSync(
      join(seeds, 'latin1.txt'),
      Buffer.from('Talks in S\xe3o Paulo\n\nLeaders met in Kyiv.\n', 'latin1'),
    );
    await run();
    // Files written in the last two seconds are always read (a write could hide in the clock's
    // grain); the clock is moved on rather than waited for.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 5000);
      expect((await run()).sync.unread).toBe(0);
      vi.setSystemTime(Date.now() + 1000);
      appendFileSync(join(seeds, 'a00011.txt'), '\nA late word from Kyiv.\n');
      rmSync(join(seeds, 'a00012.txt'));
      counter.calls = 0;
      const summary = await run();
      expect(summary.sync.unread).toBe(39);
      expect(counter.calls).toBe(1);
      expect(summary.sync.deleted).toBe(1);
      // What reading a file noticed is still said on a run that does not read it.
      expect(summary.sync.notes.map((n) => n.file)).toContain('latin1.txt');
    } finally {
      vi.useRealTimers();
    }
    const fresh = await freshRun(seeds);
    expect(readPublished(out).index.places).toEqual(readPublished(fresh).index.places);
    expect(readPublished(out).list).toEqual(readPublished(fresh).list);
  });

  it('drops a deleted article from the list, its shard, the places and search', async () => {
    const { seeds, out, run } = setUp(40);
    await run();
    rmSync(join(seeds, 'a00003.txt'));
    const summary = await run();
    expect(summary.sync.deleted).toBe(1);
    const { index, list, articles, search } = readPublished(out);
    expect(index.articleCount).toBe(39);
    expect(list.ids).not.toContain('a00003');
    expect(articles.has('a00003')).toBe(false);
    const sochi = index.places.find((p) => p.name === 'Sochi');
    expect(sochi?.articleCount).toBe(39);
    const positions = search.flatMap((shard) => {
      let at = 0;
      return (shard['report'] ?? []).map((delta) => (at += delta));
    });
    expect(positions).toHaveLength(39);
  });

  it('re-geoparses every article when the geoparser or the gazetteer changes', async () => {
    const { counter, run } = setUp(30);
    await run();
    counter.calls = 0;
    await run({ ...VERSIONS, geoparser: 'parser-2' });
    expect(counter.calls).toBe(30);
    counter.calls = 0;
    await run({ ...VERSIONS, geoparser: 'parser-2', gazetteer: 'gazetteer-2' });
    expect(counter.calls).toBe(30);
  });
});

describe('the published layout at a few thousand articles', { timeout: 120_000 }, () => {
  it('pages every passage of a place newest first, where its mentions rank says', async () => {
    const { out, run } = setUp(2000);
    await run();
    const { index, list, articles, pages } = readPublished(out);
    const sochi = index.places.find((p) => p.name === 'Sochi');
    expect(sochi?.pages.length).toBe(Math.ceil(4000 / PASSAGE_PAGE_SIZE));
    const passages = pages('gn:491422').flatMap((page) => page.passages);
    expect(passages).toHaveLength(4000);
    const positions = passages.map((p) => list.ids.indexOf(p.articleId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const article of [...articles.values()].slice(0, 200)) {
      for (const mention of article.mentions.filter((m) => m.placeId === 'gn:491422')) {
        const passage = passages[mention.rank];
        expect(passage?.articleId).toBe(article.id);
        expect(passage?.passageIndex).toBe(mention.passageIndex);
        expect(passage?.mentions).toContainEqual({ start: mention.start, end: mention.end });
        expect(article.text.slice(mention.start, mention.end)).toBe('Sochi');
      }
    }
    expect(index.datedArticleCount).toBe(2000 - Math.ceil(2000 / 7));
    const dated = list.days.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(list.days.slice(-Math.ceil(2000 / 7)).every((d) => d === null)).toBe(true);
  });
});
