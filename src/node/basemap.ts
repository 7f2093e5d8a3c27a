import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import countries from 'world-countries';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  cityLabels,
  countryLabels,
  keyShapesByIso2,
  type City,
  type CountryCodes,
} from '../core/basemap';
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { readGazetteerFile } from './gazetteer/index-file';
import { indexPath } from './gazetteer/inputs';
import {
  type Attribution,
  BASEMAP_FORMAT,
  BASEMAP_VERSION,
  type BasemapFile,
} from '../shared/schema';

const require = createRequire(import.meta.url);

// 1e5 steps across the world: about 400 m, finer than the shapes' own 10 km.
const QUANTIZATION = 1e5;

function countryCodes(): CountryCodes[] {
  return countries.map((c) => ({
    iso2: c.cca2,
    iso3: c.cca3,
    name: c.name.common,
    area: c.area,
    lat: c.latlng[0],
    lon: c.latlng[1],
  }));
}

/** U.S. state boundaries (Census, via us-atlas) as lines: only where two states meet. */
function usStateLines(): Geometry {
  const us = require('us-atlas/states-10m.json') as Topology;
  const states = us.objects.states as GeometryCollection;
  return mesh(us, states, (a, b) => a !== b);
}

/** The gazetteer's towns with their population, read from its prebuilt index. */
function* gazetteerCities(path: string): Generator<City> {
  const index = readGazetteerFile(path);
  if (!index) throw new Error(`the gazetteer index at ${path} cannot be read`);
  for (const { kind, name, lat, lon, population } of new Gazetteer(index).places()) {
    if (kind === 'city') yield { name, lat, lon, population };
  }
}

/**
 * The offline basemap in one file: land shapes per country with lakes left out (OpenStreetMap
 * land via @geo-maps, so the Great Lakes show as water), U.S. state lines (us-atlas; no package
 * has other countries' first-level shapes under a usable licence), and the names of the larger
 * countries and of the gazetteer's cities.
 */
export function buildBasemap(gazetteerPath = indexPath()): BasemapFile {
  const land = require('@geo-maps/countries-land-10km/map.geo.json') as FeatureCollection<
    Geometry,
    { A3?: string }
  >;
  const codes = countryCodes();
  const borders: FeatureCollection<Geometry, { country: string }> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: usStateLines(), properties: { country: 'US' } }],
  };
  const shapes = topology({ countries: keyShapesByIso2(land, codes), borders }, QUANTIZATION);
  return {
    ...(shapes as unknown as Omit<BasemapFile, 'dateline' | 'labels'>),
    dateline: { format: BASEMAP_FORMAT, version: BASEMAP_VERSION },
    labels: { countries: countryLabels(codes), cities: cityLabels(gazetteerCities(gazetteerPath)) },
  };
}

const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** Every source the basemap draws on, for the data file's credits. */
export const BASEMAP_ATTRIBUTIONS: Attribution[] = [
  {
    name: 'Country land shapes, lakes left out (OpenStreetMap data via @geo-maps/countries-land-10km)',
    version: version('@geo-maps/countries-land-10km'),
    licence: 'ODbL 1.0, © OpenStreetMap contributors; package MIT',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    name: 'U.S. state boundaries (U.S. Census Bureau via us-atlas)',
    version: version('us-atlas'),
    licence: 'Public domain (U.S. Census Bureau); us-atlas ISC',
    url: 'https://www.census.gov/geographies/mapping-files.html',
  },
];
