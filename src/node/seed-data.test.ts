import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoparse } from '../core/geoparser/index';
import { distanceKm } from '../core/geoparser/relatedness';
import { runPipeline } from '../core/pipeline/index';
import { readArticles } from './io/read-articles';
import { testGazetteer } from './test/gazetteer';

const gazetteer = testGazetteer();
const { sources } = readArticles('seeds');
const { data, rejected } = runPipeline(sources, (text) => geoparse(text, gazetteer), []);

function placeFor(mentionText: string) {
  const mention = data.mentions.find((m) => m.text === mentionText);
  return data.places.find((p) => p.id === mention?.placeId);
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

  it('matches the golden data file', async () => {
    expect(rejected).toEqual([]);
    await expect(JSON.stringify(data, null, 1)).toMatchFileSnapshot(
      join('__golden__', 'seed-data.json'),
    );
  });
});
