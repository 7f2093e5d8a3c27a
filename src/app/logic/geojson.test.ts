import { describe, expect, it } from 'vitest';
import type { Place } from './filters';
import { placesInBounds, placesToGeoJSON } from './geojson';

const place = (id: string, name: string, lat: number, lon: number): Place => ({
  id,
  name,
  kind: 'city',
  lat,
  lon,
  country: 'RU',
  mentionCount: 1,
  alternatives: [],
  confidence: 1,
});
const sochi = { place: place('gn:491422', 'Sochi', 43.6, 39.73), count: 1 };
const anadyr = { place: place('gn:2127202', 'Anadyr', 64.73, 177.5), count: 2 };

describe('placesToGeoJSON', () => {
  const russia = {
    place: { ...place('country:RU', 'Russia', 60, 100), kind: 'country' as const },
    count: 10,
  };
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [30, 50],
        [180, 50],
        [180, 75],
        [30, 75],
        [30, 50],
      ],
    ],
  };
  it.each([
    ['writes a country as a point by default', {}, 'Point'],
    ['writes a country as its shape when asked', { countryShape: () => square }, 'Polygon'],
    ['keeps the point when no shape is known', { countryShape: () => undefined }, 'Point'],
  ])('%s', (_name, options, type) => {
    const fc = placesToGeoJSON([russia, sochi], options);
    expect(fc.features[0]?.geometry.type).toBe(type);
    // Towns stay points either way.
    expect(fc.features[1]?.geometry.type).toBe('Point');
    expect(fc.features[0]?.properties.mentions).toBe(10);
  });

  it('carries the articles naming a place when the caller can say', () => {
    const articles = (id: string) =>
      id === sochi.place.id ? [{ id: 'a1', title: 'Summit' }] : undefined;
    const fc = placesToGeoJSON([sochi, anadyr], { articles });
    expect(fc.features[0]?.properties.articles).toEqual([{ id: 'a1', title: 'Summit' }]);
    expect(fc.features[1]?.properties).not.toHaveProperty('articles');
  });

  it('writes positions as [lon, lat] with the shown mention count', () => {
    const fc = placesToGeoJSON([sochi]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [39.73, 43.6] });
    expect(fc.features[0]?.properties).toMatchObject({
      id: 'gn:491422',
      name: 'Sochi',
      countryName: 'Russia',
      mentions: 1,
    });
  });
});

describe('placesInBounds', () => {
  it.each([
    [
      'keeps only places inside an ordinary box',
      { south: 30, west: 20, north: 50, east: 60 },
      ['Sochi'],
    ],
    [
      'handles a box across the antimeridian',
      { south: 50, west: 170, north: 70, east: -170 },
      ['Anadyr'],
    ],
    ['handles a box wrapped past 180', { south: 50, west: 170, north: 70, east: 190 }, ['Anadyr']],
    [
      'keeps everything in a whole-world box',
      { south: -90, west: -300, north: 90, east: 300 },
      ['Sochi', 'Anadyr'],
    ],
  ])('%s', (_name, bounds, expected) => {
    expect(placesInBounds([sochi, anadyr], bounds).map((s) => s.place.name)).toEqual(expected);
  });
});
