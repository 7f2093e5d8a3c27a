import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import * as v from 'valibot';
import { unwrapGeometry } from './antimeridian';
import {
  BasemapFileSchema,
  type BasemapFile,
  type CountryShapeProperties,
  type MapLabel,
} from '../../shared/schema';

/** The basemap as the map draws it: GeoJSON layers and the names to place. */
export interface Basemap {
  countries: FeatureCollection<Geometry, CountryShapeProperties>;
  borders: FeatureCollection<Geometry, { country: string }>;
  labels: { countries: MapLabel[]; cities: MapLabel[] };
}

/**
 * Decodes the published basemap file, or null when it is not one this app understands (another
 * format version, say): the map then shows places without a basemap, with a notice.
 */
export function decodeBasemap(json: unknown): Basemap | null {
  // The file comes from the network and may be of another version: check its shell first.
  if (!v.is(BasemapFileSchema, json)) return null;
  const topology = json as BasemapFile;
  const countries = feature(topology, topology.objects.countries);
  return {
    countries: {
      ...countries,
      features: countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })),
    },
    borders: feature(topology, topology.objects.borders),
    labels: topology.labels,
  };
}
