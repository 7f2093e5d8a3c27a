import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

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
  /** Rings per polygon, in order, for an area (a country of islands has several polygons). */
  parts?: number[];
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

export function boxOf(flat: Float64Array): Box {
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

/** Web Mercator pixels at zoom 0 back to longitude and latitude: the inverse of `project`. */
export function unproject(x: number, y: number): { lon: number; lat: number } {
  const k = (2 * Math.PI * y) / WORLD_PX;
  return {
    lon: (x / WORLD_PX) * 360 - 180,
    lat: (Math.atan(Math.exp(Math.PI - k)) * 360) / Math.PI - 90,
  };
}

function partsOf(geometry: Geometry | null): number[] | undefined {
  if (geometry?.type === 'Polygon') return [geometry.coordinates.length];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((p) => p.length);
  return undefined;
}

export function boxOfBoxes(boxes: readonly Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
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
    const box = boxOfBoxes(ringBoxes);
    const parts = partsOf(feature.geometry);
    shapes.push({ properties: feature.properties, rings, ringBoxes, box, ...(parts && { parts }) });
  }
  return shapes;
}

/**
 * An area's shape as GeoJSON again, in degrees (for an export or a country's extent). Projecting
 * and back loses only rounding: a few nanodegrees.
 */
export function shapeGeometry(shape: Shape<unknown>): Polygon | MultiPolygon {
  const rings = shape.rings.map((ring) => {
    const out: Position[] = [];
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const { lon, lat } = unproject(ring[i] ?? 0, ring[i + 1] ?? 0);
      out.push([lon, lat]);
    }
    return out;
  });
  const polygons: Position[][][] = [];
  let next = 0;
  for (const count of shape.parts ?? [rings.length]) {
    polygons.push(rings.slice(next, next + count));
    next += count;
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
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
