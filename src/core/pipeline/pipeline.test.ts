import { describe, expect, it } from 'vitest';
import type { GeoMention } from '../../shared/mention';
import type { PlaceRef } from '../../shared/place';
import { runPipeline } from './index';

const SOCHI: PlaceRef = {
  id: 'gn:491422',
  name: 'Sochi',
  kind: 'city',
  lat: 43.6,
  lon: 39.73,
  country: 'RU',
};
const GEORGIA: PlaceRef = {
  id: 'country:GE',
  name: 'Georgia',
  kind: 'country',
  lat: 42,
  lon: 43.5,
  country: 'GE',
};
const GEORGIA_US: PlaceRef = {
  id: 'adm1:US.GA',
  name: 'Georgia',
  kind: 'admin1',
  lat: 32.75,
  lon: -83.5,
  country: 'US',
};

/** A stand-in geoparser: finds each listed name wherever it occurs, to test the stages around it. */
function findNames(places: Record<string, PlaceRef>) {
  return (text: string): GeoMention[] =>
    Object.entries(places).flatMap(([name, place]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + name.length,
        text: name,
        form: 'name' as const,
        place,
        confidence: name === 'Georgia' ? 0.6 : 0.95,
        alternatives: name === 'Georgia' ? [GEORGIA_US] : [],
      })),
    );
}

describe('the preprocessing recipe', () => {
  const text =
    'Summit in Sochi\n\nNEWYou can now listen to Sochi News articles!\n\nSochi and Georgia.\n\nGeorgia again.';
  const { data, rejected } = runPipeline(
    [
      { file: 'one.txt', text },
      { file: 'empty.txt', text: '' },
      { file: 'one.TXT', text },
    ],
    findNames({ Sochi: SOCHI, Georgia: GEORGIA }),
    [],
  );

  it('counts mentions in the title and passages but not in feed junk', () => {
    expect(data.places.map((p) => [p.name, p.mentionCount])).toEqual([
      ['Georgia', 2],
      ['Sochi', 2],
    ]);
    expect(data.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    expect(data.mentions.map((m) => [m.text, m.passageIndex])).toEqual([
      ['Sochi', 0],
      ['Sochi', 1],
      ['Georgia', 1],
      ['Georgia', 2],
    ]);
  });

  it('keeps the runner-up readings and the lowest confidence for the app', () => {
    const georgia = data.places.find((p) => p.id === 'country:GE');
    expect(georgia?.alternatives).toEqual([GEORGIA_US]);
    expect(georgia?.confidence).toBe(0.6);
  });

  it('reports unusable files by name and keeps going', () => {
    expect(data.articles.map((a) => a.id)).toEqual(['one']);
    expect(rejected).toEqual([
      { file: 'empty.txt', reason: 'it is empty' },
      { file: 'one.TXT', reason: 'another file already has the id "one"' },
    ]);
  });
});
