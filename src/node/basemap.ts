import { createRequire } from 'node:module';
import countries from 'world-countries';
import type { Topology } from 'topojson-specification';
import { keyShapesByIso2 } from '../core/basemap';
import type { Attribution } from '../shared/data-file';

const require = createRequire(import.meta.url);

/** Natural Earth 1:50m country shapes (via world-atlas), keyed by ISO alpha-2 for the app. */
export function buildBasemap(): Topology {
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const codes = countries.map((c) => ({ iso2: c.cca2, numeric: c.ccn3, name: c.name.common }));
  return keyShapesByIso2(topology, codes);
}

export const BASEMAP_ATTRIBUTION: Attribution = {
  name: 'Natural Earth country shapes (1:50m, via world-atlas)',
  version: (require('world-atlas/package.json') as { version: string }).version,
  licence: 'Public domain (Natural Earth); world-atlas ISC',
  url: 'https://www.naturalearthdata.com/',
};
