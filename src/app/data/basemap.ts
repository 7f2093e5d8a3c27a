import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import {
  BASEMAP_FORMAT,
  BASEMAP_VERSION,
  type BasemapFile,
  type CountryShapeProperties,
  type MapLabel,
} from '../../shared/basemap-file';
import { unwrapGeometry } from './antimeridian';

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
  // Read loosely: the file comes from the network and may be of another version.
  const file = json as {
    type?: unknown;
    dateline?: { format?: unknown; version?: unknown };
    objects?: { countries?: unknown; borders?: unknown };
    labels?: { countries?: unknown; cities?: unknown };
  } | null;
  if (
    file?.type !== 'Topology' ||
    file.dateline?.format !== BASEMAP_FORMAT ||
    file.dateline.version !== BASEMAP_VERSION ||
    !file.objects?.countries ||
    !file.objects.borders ||
    !Array.isArray(file.labels?.countries) ||
    !Array.isArray(file.labels.cities)
  ) {
    return null;
  }
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
