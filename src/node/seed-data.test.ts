import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoparse } from '../core/geoparser/index';
import { distanceKm } from '../shared/place';
import { inProcessParser } from './store/in-process';
import { runPreprocess } from './store/run';
import { readPublished, scratch } from './store/store.testing';
import { testGazetteer } from './test/gazetteer';

const gazetteer = testGazetteer();
const dirs = scratch();
const summary = await runPreprocess({
  ...dirs,
  seeds: 'seeds',
  parser: inProcessParser((text) => geoparse(text, gazetteer), {
    geoparser: 'seed-test',
    gazetteer: 'seed-test',
  }),
});
const published = readPublished(dirs.out);
const mentions = [...published.articles.values()].flatMap((a) => a.mentions);

function placeFor(mentionText: string) {
  const mention = mentions.find((m) => m.text === mentionText);
  return published.index.places.find((p) => p.id === mention?.placeId);
}

/** The index and every shard it refers to in one document; the basemap by path only. */
function goldenView(): string {
  const { index } = published;
  const shards: Record<string, unknown> = {};
  const paths = [
    index.articles,
    ...index.articleShards,
    ...index.search,
    ...index.places.flatMap((p) => p.pages),
    ...(index.linkDays ? [index.linkDays] : []),
    ...(index.placeDays ? [index.placeDays] : []),
    ...(index.review?.pages ?? []),
  ];
  for (const path of paths) {
    shards[path] = JSON.parse(readFileSync(join(dirs.out, path), 'utf8'));
  }
  const run = { ...index.run, id: '(run id)', finishedAt: '(finished at)' };
  return JSON.stringify({ index: { ...index, run }, shards }, null, 1);
}

describe('the seed article on the map', () => {
  it.each([
    ['Bucharest', 'city', { lat: 44.43, lon: 26.11 }],
    ['Sochi', 'city', { lat: 43.6, lon: 39.73 }],
    ['Poland', 'country', { lat: 52, lon: 20 }],
    ['Czech Republic', 'country', { lat: 49.75, lon: 15.5 }],
    ['Ukraine', 'country', { lat: 49, lon: 32 }],
    ['Georgia', 'country', { lat: 42, lon: 43.5 }],
    ['Washington', 'city', { lat: 38.9, lon: -77.04 }],
    ['Moscow', 'city', { lat: 55.75, lon: 37.62 }],
    ['Black Sea', 'sea', { lat: 43, lon: 35 }],
  ])('puts %s (%s) within 161 km of where it is', (name, kind, where) => {
    const place = placeFor(name);
    expect(place?.kind).toBe(kind);
    expect(place && distanceKm(place, where)).toBeLessThanOrEqual(161);
  });

  it('matches the golden data files', async () => {
    expect(summary.sync.rejected).toEqual([]);
    await expect(goldenView()).toMatchFileSnapshot(join('__golden__', 'seed-data.json'));
  });
});
