import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../test/gazetteer';

const g = testGazetteer();

describe('gazetteer look-ups', () => {
  it.each([
    ['Russia', 'country:RU', 'country'],
    ['Russian Federation', 'country:RU', 'country'],
    ['Czech Republic', 'country:CZ', 'country'],
    ['U.S.', 'country:US', 'country'],
    ['UK', 'country:GB', 'country'],
    ['UAE', 'country:AE', 'country'],
    ['Georgia', 'adm1:US.GA', 'admin1'],
    ['Georgia', 'country:GE', 'country'],
    ['Black Sea', 'sea:black-sea', 'sea'],
    ['Mideast', 'region:middle-east', 'region'],
    ['Europe', 'continent:europe', 'continent'],
    ['Sochi', 'gn:491422', 'city'],
    ['Moskva', 'gn:524901', 'city'],
    ['Moscow Oblast', 'adm1:RU.47', 'admin1'],
    ['Kursk', 'adm1:RU.41', 'admin1'],
  ])('finds %s as %s', (name, id, kind) => {
    const hit = g.lookup(name).find((m) => m.place.id === id);
    expect(hit?.place.kind).toBe(kind);
  });

  it.each([
    ['Zürich', 'Zürich'],
    ['São Paulo', 'São Paulo'],
    ['Kraków', 'Kraków'],
    ['Reykjavik', 'Reykjavík'],
    ['Curacao', 'Curaçao'],
    // A dotless i stays in the name key: the look-up bisects with a key that is not ASCII.
    ['Kırıkkale', 'Kırıkkale'],
  ])('finds %s and names it %s, accents and all', (name, shown) => {
    expect(g.lookup(name).map((m) => m.place.name)).toContain(shown);
  });

  it.each([
    ['gn:524901', 'Moscow'],
    ['country:GE', 'Georgia'],
    ['adm1:US.GA', 'Georgia'],
  ])('finds the place with id %s (%s)', (id, name) => {
    expect(g.byPlaceId(id)?.name).toBe(name);
  });

  it('ignores case, accents and dots but keeps abbreviations apart', () => {
    expect(g.lookup('bucuresti').some((m) => m.place.id === 'gn:683506')).toBe(true);
    expect(g.lookup('Us').map((m) => m.place.id)).toContain('country:US');
  });

  it('places a country at its GeoNames point, not its capital', () => {
    const us = g.country('US');
    expect(us?.lat).toBeCloseTo(39.76, 1);
    expect(us?.lon).toBeCloseTo(-98.5, 1);
  });

  it('places a US state near its GeoNames ADM1 point', () => {
    const ga = g.admin1('US.GA');
    expect(Math.abs((ga?.lat ?? 0) - 32.75)).toBeLessThan(1);
    expect(Math.abs((ga?.lon ?? 0) + 83.5)).toBeLessThan(1);
  });

  it.each([
    ['Russian', 'country:RU'],
    ['Czech', 'country:CZ'],
    ['Georgian', 'country:GE'],
    ['American', 'country:US'],
    ['British', 'country:GB'],
  ])('reads the demonym %s as %s', (word, id) => {
    expect(g.demonym(word)?.id).toBe(id);
  });

  it('knows land neighbours', () => {
    expect(g.areNeighbours('GE', 'RU')).toBe(true);
    expect(g.areNeighbours('GE', 'US')).toBe(false);
  });

  it('returns nothing for an unknown name', () => {
    expect(g.lookup('Xqzzyville')).toEqual([]);
    expect(g.byPlaceId('gn:0')).toBeUndefined();
  });

  it('carries attribution with licences', () => {
    expect(g.attribution.map((a) => a.licence)).toEqual(
      expect.arrayContaining(['CC BY 4.0', 'ODbL 1.0']),
    );
  });
});

describe('searching the gazetteer by hand', () => {
  it('offers every Georgia, the exact name first and coarsest first, with what tells them apart', () => {
    const found = g.search('Georgia', 25);
    expect(found.slice(0, 2).map((p) => p.id)).toEqual(['country:GE', 'adm1:US.GA']);
    const towns = found.filter((p) => p.kind === 'city');
    expect(towns.length).toBeGreaterThan(0);
    expect(towns.every((p) => p.country !== null)).toBe(true);
  });

  it('finds places by the start of their name, and nothing for an empty query', () => {
    expect(g.search('Tbilis').map((p) => p.name)).toContain('Tbilisi');
    expect(g.search('São Pau').map((p) => p.name)).toContain('São Paulo');
    expect(g.search('Kırık').map((p) => p.name)).toContain('Kırıkkale');
    expect(g.search('  ')).toEqual([]);
  });
});
