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
