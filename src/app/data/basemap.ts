import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import * as v from 'valibot';
import { unwrapGeometry } from './antimeridian';
import { projectShapes, type Shape } from '../logic/basemap-shapes';
import { packedBuffers, packShapes, unpackShapes, type PackedShapes } from '../logic/packed-shapes';
import {
  BasemapFileSchema,
  type BasemapFile,
  type CountryShapeProperties,
  type MapLabel,
} from '../../shared/schema';

type Labels = { countries: MapLabel[]; cities: MapLabel[] };

/**
 * The basemap as the map draws it: country areas and first-level border lines projected to
 * zoom-0 pixels (logic/basemap-shapes.ts), and the names to place.
 */
export interface Basemap {
  areas: Shape<CountryShapeProperties>[];
  lines: Shape<{ country: string }>[];
  labels: Labels;
}

/** The basemap as the fetch worker hands it over: its shapes packed into a few buffers. */
export interface PackedBasemap {
  areas: PackedShapes<CountryShapeProperties>;
  lines: PackedShapes<{ country: string }>;
  labels: Labels;
}

/**
 * Decodes and projects the published basemap file (in the fetch worker: at 100,000 articles
 * decoding and projecting its 74,000 vertices were two tasks of 100-300 ms before the first
 * marker), or null when it is not one this app understands (another format version, say): the
 * map then shows places without a basemap, with a notice.
 */
export function decodeBasemap(json: unknown): PackedBasemap | null {
  // The file comes from the network and may be of another version: check its shell first.
  if (!v.is(BasemapFileSchema, json)) return null;
  const topology = json as BasemapFile;
  const countries = feature(topology, topology.objects.countries);
  const unwrapped: FeatureCollection<Geometry, CountryShapeProperties> = {
    ...countries,
    features: countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })),
  };
  return {
    areas: packShapes(projectShapes(unwrapped)),
    lines: packShapes(projectShapes(feature(topology, topology.objects.borders))),
    labels: topology.labels,
  };
}

/** The buffers a postMessage of the basemap moves rather than copies. */
export function basemapBuffers(basemap: PackedBasemap): ArrayBuffer[] {
  return [...packedBuffers(basemap.areas), ...packedBuffers(basemap.lines)];
}

export function unpackBasemap(basemap: PackedBasemap): Basemap {
  return {
    areas: unpackShapes(basemap.areas),
    lines: unpackShapes(basemap.lines),
    labels: basemap.labels,
  };
}
