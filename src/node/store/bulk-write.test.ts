import { describe, expect, it } from 'vitest';
import { openStore } from './db';
import { storePaths } from './paths';
import { parseBatchForStore } from './parse-for-store';
import { countingGeoparser, scratch } from './store.testing';
import type { StoreRows } from './store-rows';
import { deserialize } from 'node:v8';
import { storeRows } from './write-article';

function task(id: string, text: string) {
  return { input: { id, file: `${id}.txt`, text }, hash: `hash-${id}` };
}

describe('storing rows many to a statement', { timeout: 60_000 }, () => {
  // Row counts around the rows bound to one statement (64): none, part, exactly, past, many.
  it.each([0, 1, 63, 64, 65, 200])('stores %i rows as given, in order', async (count) => {
    const store = await openStore(storePaths(scratch().cacheDir).store);
    const columns = ['id', 'name', 'kind', 'lat', 'lon', 'country', 'admin1'];
    const rows = Array.from({ length: count }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      name: `Place ${i}`,
      kind: 'city',
      lat: i / 3,
      lon: 10 - i,
      country: i % 2 === 0 ? 'GE' : null,
      admin1: null,
    }));
    const values = rows.flatMap((r) => columns.map((c) => r[c as keyof typeof r]));
    store.bulk.transaction(() => {
      store.bulk.insertValues('places', columns, values);
    });

    const stored = await store.db.selectFrom('places').selectAll().orderBy('id').execute();
    expect(stored).toEqual(rows);
    await store.close();
  });
});

describe('storing parsed articles', { timeout: 60_000 }, () => {
  it('writes a place once a run, and again after a batch that named it was rolled back', async () => {
    const store = await openStore(storePaths(scratch().cacheDir).store);
    const geoparser = countingGeoparser();
    const rowsOf = (id: string, text: string) =>
      deserialize(
        parseBatchForStore([task(id, text)], (t) => geoparser.geoparse(t)).rows,
      ) as StoreRows;
    const placesStored = new Set<string>();
    const failing = rowsOf('a1', 'Talks in Sochi\n\nTalks were held in Sochi.');
    // A mention of a place that is not there: the foreign key fails the whole transaction.
    failing.values.mentions[7] = 'no-such-place';
    expect(() => {
      storeRows(store.bulk, [failing], 'v1', placesStored);
    }).toThrow(/FOREIGN KEY/);
    expect(placesStored.size).toBe(0);

    storeRows(store.bulk, [rowsOf('a2', 'Sochi talks\n\nSochi again.')], 'v1', placesStored);
    storeRows(
      store.bulk,
      [rowsOf('a3', 'More from Sochi\n\nSochi, once more.')],
      'v1',
      placesStored,
    );
    const places = await store.db.selectFrom('places').select('id').execute();
    expect(places.length).toBeGreaterThan(0);
    expect([...placesStored].sort()).toEqual(places.map((p) => p.id).sort());
    const mentions = await store.db
      .selectFrom('mentions')
      .select(['article_id', 'place_id'])
      .orderBy('article_id')
      .execute();
    expect(mentions.map((m) => m.article_id)).toEqual(['a2', 'a2', 'a3', 'a3']);
    const articles = await store.db.selectFrom('articles').select('parsed_with').execute();
    expect(articles).toEqual([{ parsed_with: 'v1' }, { parsed_with: 'v1' }]);
    await store.close();
  });
});
