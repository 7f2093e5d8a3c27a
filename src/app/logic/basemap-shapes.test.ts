import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { project, projectShapes, shapeAt, shapeGeometry, unproject } from './basemap-shapes';
import { packShapes, unpackShapes } from './packed-shapes';

describe('unproject', () => {
  it.each([
    ['the middle of the world', 0, 0],
    ['a far north-east corner', 179.9, 85],
    ['a far south-west corner', -179.9, -85],
    ['Sochi', 39.7, 43.6],
  ])('takes %s back to where it was', (_name, lon, lat) => {
    const { x, y } = project(lon, lat);
    const back = unproject(x, y);
    expect(back.lon).toBeCloseTo(lon, 9);
    expect(back.lat).toBeCloseTo(lat, 9);
  });
});

describe('project', () => {
  it.each([
    ['puts 0°, 0° in the middle of the world', 0, 0, 128, 128],
    ['puts the antimeridian at the left edge', -180, 0, 0, 128],
    ['puts the antimeridian at the right edge, going east', 180, 0, 256, 128],
    ["puts Leaflet's northern limit at the top", 0, 85.0511287798, 128, 0],
    ['clamps the pole to the top, as Leaflet does', 0, 90, 128, 0],
  ])('%s', (_name, lon, lat, x, y) => {
    const point = project(lon, lat);
    expect(point.x).toBeCloseTo(x, 6);
    expect(point.y).toBeCloseTo(y, 6);
  });
});

const square = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

// A country with a lake in it, and a neighbour made of two islands.
const collection: FeatureCollection<Geometry, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'lakeland' },
      geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] },
    },
    {
      type: 'Feature',
      properties: { name: 'islands' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[square(20, 0, 22, 2)], [square(30, 0, 32, 2)]],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'nowhere' },
      geometry: { type: 'Point', coordinates: [1, 1] },
    },
  ],
};

describe('shapeAt', () => {
  const shapes = projectShapes(collection);

  it('keeps the shapes that have rings, each ring with its box', () => {
    expect(shapes.map((s) => [s.properties.name, s.rings.length])).toEqual([
      ['lakeland', 2],
      ['islands', 2],
    ]);
    const lake = shapes[0]?.ringBoxes[1];
    expect(lake?.[0]).toBeCloseTo(project(4, 6).x, 9);
    expect(lake?.[1]).toBeCloseTo(project(4, 6).y, 9);
  });

  it.each([
    ['finds the country around a point on its land', 2, 2, 'lakeland'],
    ['finds nothing in a lake inside a country', 5, 5, undefined],
    ['finds nothing at sea', 15, 5, undefined],
    ['finds a country by its second island', 31, 1, 'islands'],
  ])('%s', (_name, lon, lat, expected) => {
    expect(shapeAt(shapes, project(lon, lat))?.properties.name).toBe(expected);
  });
});

describe('shapeGeometry', () => {
  const shapes = projectShapes(collection);

  it.each([
    ['a polygon with a hole', 0],
    ['a country of two islands', 1],
  ])('gives back %s as it was published', (_name, at) => {
    const geometry = collection.features[at]?.geometry;
    const back = shapes[at] && shapeGeometry(shapes[at]);
    expect(back?.type).toBe(geometry?.type);
    const flat = (g: unknown) =>
      JSON.stringify(g, (_k, v: unknown) =>
        typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v,
      );
    expect(flat(back?.coordinates)).toBe(
      flat(geometry && 'coordinates' in geometry ? geometry.coordinates : null),
    );
  });
});

describe('packShapes and unpackShapes', () => {
  const shapes = projectShapes(collection);
  const packed = packShapes(shapes);
  const unpacked = unpackShapes(structuredClone(packed));

  it('keeps every shape, ring, vertex, box and part through a trip to a worker', () => {
    expect(unpacked).toEqual(shapes);
  });

  it('puts every vertex in one buffer', () => {
    expect(packed.coords.length).toBe(2 * 4 * 5);
    expect(new Set(unpacked.flatMap((s) => s.rings.map((r) => r.buffer))).size).toBe(1);
  });

  it.each([
    ['land', 2, 2, 'lakeland'],
    ['a lake', 5, 5, undefined],
    ['a second island', 31, 1, 'islands'],
  ])('finds the same shape at %s', (_name, lon, lat, expected) => {
    expect(shapeAt(unpacked, project(lon, lat))?.properties.name).toBe(expected);
  });
});
