import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { GEORGIA_COUNTRY, GEORGIA_STATE } from '../../shared/places.testing';
import type { GeoMention, PlaceRef } from '../../shared/schema';

const SOCHI: PlaceRef = {
  id: 'gn:491422',
  name: 'Sochi',
  kind: 'city',
  lat: 43.6,
  lon: 39.73,
  country: 'RU',
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
        alternatives: name === 'Georgia' ? [GEORGIA_STATE] : [],
      })),
    );
}

describe('the preprocessing recipe for one article', () => {
  const text =
    'Summit in Sochi\n\nNEWYou can now listen to Sochi News articles!\n\nSochi and Georgia.\n\nGeorgia again.';
  const geoparse = findNames({ Sochi: SOCHI, Georgia: GEORGIA_COUNTRY });
  const result = parseArticle({ file: 'one.txt', text }, geoparse);
  if (!result.ok) throw new Error(result.reason);
  const { parsed } = result;

  it('keeps mentions in the title and passages but not in feed junk', () => {
    expect(parsed.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    expect(parsed.mentions.map((m) => [m.text, m.passageIndex])).toEqual([
      ['Sochi', 0],
      ['Sochi', 1],
      ['Georgia', 1],
      ['Georgia', 2],
    ]);
  });

  it('keeps the runner-up readings by id, and every place named, once', () => {
    const georgia = parsed.mentions.filter((m) => m.placeId === 'country:GE');
    expect(georgia.map((m) => [m.alternatives, m.confidence])).toEqual([
      [['adm1:US.GA'], 0.6],
      [['adm1:US.GA'], 0.6],
    ]);
    expect(parsed.places.map((p) => p.id).sort()).toEqual([
      'adm1:US.GA',
      'country:GE',
      'gn:491422',
    ]);
  });

  it('gives the article its id, title and search terms', () => {
    expect(parsed.article).toMatchObject({ id: 'one', file: 'one.txt', title: 'Summit in Sochi' });
    expect(parsed.terms).toContain('georgia');
  });

  it('reports an unusable file with its reason', () => {
    expect(parseArticle({ file: 'empty.txt', text: '' }, geoparse)).toEqual({
      ok: false,
      reason: 'it is empty',
    });
  });
});
