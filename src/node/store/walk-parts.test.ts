import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndexBuilder } from '../../core/publish/index';
import { serialiseCorrections } from '../../shared/corrections-file';
import { inProcessParser } from './in-process';
import { storePaths } from './paths';
import { runPreprocess } from './run';
import {
  countingGeoparser,
  PLACES,
  readPublished,
  georgiaIn,
  scratch,
  writeCollection,
  writeWireCopies,
} from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };
/** Blocks of about four articles: some forty blocks in the collection below. */
const SPAN = 4;

/** The published index without its run: every file it names is named by its content. */
function published(out: string): unknown {
  const index = JSON.parse(readFileSync(join(out, 'dateline.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete index.run;
  return index;
}

/** Doubtful names, so the review list has entries to keep in the parts and to pick from them. */
const DOUBTFUL = { Georgia: 0.5, Kyiv: 0.7 };

function run(dirs: ReturnType<typeof scratch>, walkBlockSpan: number, versions = VERSIONS) {
  const geoparser = countingGeoparser(PLACES, DOUBTFUL);
  const parser = inProcessParser((t) => geoparser.geoparse(t), versions);
  return runPreprocess({ ...dirs, parser, walkBlockSpan });
}

/** The digests of the walk's kept parts. */
function keptParts(cacheDir: string): Set<string> {
  return new Set(
    readdirSync(storePaths(cacheDir).walkParts).map((name) => basename(name, '.part')),
  );
}

function edit(seeds: string, name: string, from: string, to: string): void {
  const file = join(seeds, name);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${name} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** Georgia in a00003 read as the US state, by the reader. */
const CORRECTIONS = serialiseCorrections([georgiaIn('a00003')]);

/** One edit of the seeds per row, and how many blocks' parts it may change at most. */
const EDITS: { name: string; blocks: number; apply: (seeds: string) => void }[] = [
  {
    name: 'text added to an article',
    blocks: 1,
    apply: (s) => {
      appendFileSync(join(s, 'a00042.txt'), '\nKyiv and Georgia, late.\n');
    },
  },
  {
    name: 'an article moved in time',
    blocks: 3,
    apply: (s) => {
      edit(s, 'a00010.txt', '2024-11-11', '2024-03-02');
    },
  },
  {
    name: 'an article deleted',
    blocks: 2,
    apply: (s) => {
      rmSync(join(s, 'a00100.txt'));
    },
  },
  {
    name: 'articles added',
    blocks: 8,
    apply: (s) => {
      writeCollection(s, 3, 5000);
    },
  },
  {
    name: 'copies of a story added and merged',
    blocks: 12,
    apply: (s) => {
      writeWireCopies(s);
    },
  },
  { name: 'nothing changed', blocks: 0, apply: () => undefined },
  {
    name: 'a correction added (the list walked whole) and taken away',
    blocks: 0,
    apply: (s) => {
      writeFileSync(join(s, 'corrections.json'), CORRECTIONS);
    },
  },
];

describe('the publish walk in blocks', { timeout: 60_000 }, () => {
  it.each(EDITS)('publishes after $name what one walk from scratch publishes', async (row) => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 160);
    await run(dirs, SPAN);
    const before = keptParts(dirs.cacheDir);
    expect(before.size).toBeGreaterThan(20);

    row.apply(dirs.seeds);
    await run(dirs, SPAN);
    const after = keptParts(dirs.cacheDir);
    expect([...after].filter((d) => !before.has(d)).length).toBeLessThanOrEqual(row.blocks);

    const fresh = { ...scratch(), seeds: dirs.seeds };
    await run(fresh, 0);
    expect(published(dirs.out)).toEqual(published(fresh.out));
    expect(readPublished(dirs.out).review.length).toBeGreaterThan(50);
    if (row.name.startsWith('a correction')) {
      rmSync(join(dirs.seeds, 'corrections.json'));
      await run(dirs, SPAN);
      const again = { ...scratch(), seeds: dirs.seeds };
      await run(again, 0);
      expect(published(dirs.out)).toEqual(published(again.out));
    }
  });

  it.each([
    { added: 'and so on, late.', made: 0 },
    { added: 'Zanzibarian, late.', made: 1 },
  ])(
    'after $added, makes again only the search shards whose terms changed',
    async ({ added, made }) => {
      const dirs = scratch();
      writeCollection(dirs.seeds, 160);
      await run(dirs, SPAN);
      appendFileSync(join(dirs.seeds, 'a00042.txt'), `\n${added}\n`);
      const texts = vi.spyOn(SearchIndexBuilder.prototype, 'shardTexts');
      try {
        await run(dirs, SPAN);
        expect(texts.mock.calls.reduce((n, [, wanted]) => n + (wanted?.size ?? 0), 0)).toBe(made);
      } finally {
        texts.mockRestore();
      }
      const fresh = { ...scratch(), seeds: dirs.seeds };
      await run(fresh, 0);
      expect(published(dirs.out)).toEqual(published(fresh.out));
    },
  );

  it('walks every block again when the geoparser changes, and publishes as from scratch', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 60);
    await run(dirs, SPAN);
    const before = keptParts(dirs.cacheDir);
    const other = { geoparser: 'parser-2', gazetteer: 'gazetteer-1' };
    await run(dirs, SPAN, other);
    const after = keptParts(dirs.cacheDir);
    expect([...after].filter((d) => before.has(d))).toEqual([]);
    const fresh = { ...scratch(), seeds: dirs.seeds };
    await run(fresh, 0, other);
    expect(published(dirs.out)).toEqual(published(fresh.out));
  });
});
