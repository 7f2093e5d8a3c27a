import { describe, expect, it } from 'vitest';
import { parseBatchForStore } from './parse-for-store';
import { openStore } from './db';
import { storePaths } from './paths';
import { countingGeoparser, scratch } from './store.testing';
import { threadWriter, WriteError } from './writer';

function task(id: string, text: string) {
  return { input: { id, file: `${id}.txt`, text }, hash: `hash-${id}` };
}

describe('the store writer thread', { timeout: 60_000 }, () => {
  it('stores parsed batches in order, and fails a write it cannot store with the reason', async () => {
    const { cacheDir } = scratch();
    const paths = storePaths(cacheDir);
    const store = await openStore(paths.store);
    const geoparser = countingGeoparser();
    const parse = (tasks: ReturnType<typeof task>[]) =>
      parseBatchForStore(tasks, (text) => geoparser.geoparse(text));
    const writer = threadWriter(paths.store, 'parser-1:gazetteer-1', paths.bundles);

    const first = parse([task('a1', 'Talks in Sochi\n\nTalks were held in Sochi.')]);
    const second = parse([task('a2', 'News from Kyiv\n\nKyiv said so.')]);
    await writer.write([first.rows, second.rows]);
    await expect(writer.write([Uint8Array.of(1, 2, 3)])).rejects.toBeInstanceOf(WriteError);
    await writer.close();

    const stored = await store.db
      .selectFrom('articles')
      .select(['id', 'hash', 'parsed_with'])
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { id: 'a1', hash: 'hash-a1', parsed_with: 'parser-1:gazetteer-1' },
      { id: 'a2', hash: 'hash-a2', parsed_with: 'parser-1:gazetteer-1' },
    ]);
    const mentions = await store.db.selectFrom('mentions').select('article_id').execute();
    expect(mentions.map((m) => m.article_id).sort()).toEqual(['a1', 'a1', 'a2', 'a2']);
    await store.close();
  });
});
