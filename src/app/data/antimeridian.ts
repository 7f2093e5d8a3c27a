import type { Geometry, Position } from 'geojson';

/**
 * Makes a ring continuous across the antimeridian: where two vertices are more than 180 degrees
 * of longitude apart, the rest of the ring is shifted by 360. Without this, Russia's Chukotka
 * (which the basemap cuts at 180) is drawn as bands stretched across the whole map.
 */
export function unwrapRing(ring: Position[]): Position[] {
  // Most rings never cross: they are returned as they are, not copied vertex by vertex (the
  // copy cost 100-200 ms of the first paint for the basemap's 60,000 vertices).
  if (!ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180)) {
    return ring;
  }
  const out: Position[] = [];
  let shift = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0, ...rest] of ring) {
    if (previous !== undefined) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    out.push([previous, lat, ...rest]);
  }
  return out;
}

export function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
      };
    default:
      return geometry;
  }
}
