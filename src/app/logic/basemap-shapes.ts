import type { FeatureCollection, Geometry, Position } from 'geojson';

/** The world's width in pixels at zoom 0 in Web Mercator, as Leaflet's EPSG:3857 has it. */
export const WORLD_PX = 256;
// Leaflet's SphericalMercator clamps latitudes here, so the world is square.
const MAX_LAT = 85.0511287798;

export interface WorldPoint {
  x: number;
  y: number;
}

/** Longitude and latitude to pixels at zoom 0, exactly as Leaflet projects them. */
export function project(lon: number, lat: number): WorldPoint {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * WORLD_PX,
    y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD_PX,
  };
}

/** minX, minY, maxX, maxY at zoom 0. */
export type Box = readonly [number, number, number, number];

/**
 * A feature projected once to zoom-0 pixels: each ring (or line) a flat x, y, x, y... array with
 * its box. Drawing a tile at any zoom is then a multiplication per vertex, and the shapes and
 * rings outside the tile are skipped by their boxes.
 */
export interface Shape<P> {
  properties: P;
  rings: Float64Array[];
  ringBoxes: Box[];
  box: Box;
}

function flatRing(ring: readonly Position[]): Float64Array {
  const flat = new Float64Array(ring.length * 2);
  ring.forEach(([lon = 0, lat = 0], i) => {
    const p = project(lon, lat);
    flat[2 * i] = p.x;
    flat[2 * i + 1] = p.y;
  });
  return flat;
}

function boxOf(flat: Float64Array): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = flat[i] ?? 0;
    const y = flat[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

function ringsOf(geometry: Geometry | null): (readonly Position[])[] {
  switch (geometry?.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

/** Every feature of a collection as a Shape; features without rings are left out. */
export function projectShapes<P>(collection: FeatureCollection<Geometry | null, P>): Shape<P>[] {
  const shapes: Shape<P>[] = [];
  for (const feature of collection.features) {
    const rings = ringsOf(feature.geometry).map(flatRing);
    if (rings.length === 0) continue;
    const ringBoxes = rings.map(boxOf);
    const box: Box = [
      Math.min(...ringBoxes.map((b) => b[0])),
      Math.min(...ringBoxes.map((b) => b[1])),
      Math.max(...ringBoxes.map((b) => b[2])),
      Math.max(...ringBoxes.map((b) => b[3])),
    ];
    shapes.push({ properties: feature.properties, rings, ringBoxes, box });
  }
  return shapes;
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Whether a horizontal ray from p crosses the ring an odd number of times. */
function crossesOddly(ring: Float64Array, p: WorldPoint): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] ?? 0;
    const yi = ring[2 * i + 1] ?? 0;
    const xj = ring[2 * j] ?? 0;
    const yj = ring[2 * j + 1] ?? 0;
    if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * The shape whose area holds the point, or undefined (the sea, a lake). The even-odd rule over
 * all of a shape's rings, as the tiles fill them, so a lake inside a country is not the country.
 */
export function shapeAt<P>(shapes: readonly Shape<P>[], p: WorldPoint): Shape<P> | undefined {
  const at: Box = [p.x, p.y, p.x, p.y];
  return shapes.find((shape) => {
    if (!overlaps(shape.box, at)) return false;
    let crossings = 0;
    shape.rings.forEach((ring, i) => {
      if (overlaps(shape.ringBoxes[i] ?? at, at) && crossesOddly(ring, p)) crossings += 1;
    });
    return crossings % 2 === 1;
  });
}
