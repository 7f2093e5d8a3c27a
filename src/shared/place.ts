/** Kinds of place the gazetteer knows, coarsest first. */
export const PLACE_KINDS = [
  'continent',
  'region',
  'sea',
  'country',
  'admin1',
  /** Second-level divisions: counties, districts. */
  'admin2',
  'city',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A point on Earth. Named fields, never a bare [lat, lon] tuple. */
export interface LatLon {
  lat: number;
  lon: number;
}

export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
