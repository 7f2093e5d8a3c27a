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

/**
 * A resolved place as the geoparser reports it.
 * `id` is stable across runs: `gn:<geonameid>` where GeoNames has the place,
 * otherwise a readable key such as `country:RU`, `adm1:US.GA` or `region:black-sea`.
 */
export interface PlaceRef extends LatLon {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in, or null (seas, continents). */
  country: string | null;
  /**
   * Name of the first-level division the place is in ("Illinois"), to tell namesakes apart:
   * "Springfield, Illinois, United States". Null for countries, divisions themselves and places
   * outside any; absent in older data.
   */
  admin1?: string | null;
}
