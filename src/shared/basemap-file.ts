import type { GeometryCollection, Topology } from 'topojson-specification';

/** Bump when the basemap's shape changes; the app draws no basemap from any other version. */
export const BASEMAP_FORMAT = 'dateline-basemap';
export const BASEMAP_VERSION = 2;

/** A country shape's properties: which ISO code it shades for, and its name. */
export interface CountryShapeProperties {
  iso2: string | null;
  name: string;
}

/** A name drawn on the basemap from `minZoom` on. */
export interface MapLabel {
  name: string;
  lat: number;
  lon: number;
  minZoom: number;
}

/**
 * The basemap as published: one TopoJSON file, so the store can publish it as one
 * content-addressed shard. `countries` are land shapes (lakes and inland seas are gaps, so the
 * water shows through); `borders` are first-level division boundaries as lines; `labels` are the
 * larger countries' and cities' names with the zoom they appear at.
 */
export interface BasemapFile extends Topology<{
  countries: GeometryCollection<CountryShapeProperties>;
  borders: GeometryCollection<{ country: string }>;
}> {
  dateline: { format: typeof BASEMAP_FORMAT; version: typeof BASEMAP_VERSION };
  labels: { countries: MapLabel[]; cities: MapLabel[] };
}
