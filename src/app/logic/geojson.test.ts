import { describe, expect, it } from 'vitest';
import type { Place } from '../../shared/data-file';
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
  it('writes positions as [lon, lat] with the shown mention count', () => {
    const fc = placesToGeoJSON([sochi]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0]?.geometry.coordinates).toEqual([39.73, 43.6]);
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
