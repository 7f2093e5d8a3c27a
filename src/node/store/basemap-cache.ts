import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildBasemap } from '../basemap';
import { writeAtomically } from '../io/write-atomically';
import { BASEMAP_FORMAT, BASEMAP_VERSION } from '../../shared/schema';
import { ensureGazetteer } from './gazetteer-file';

const require = createRequire(import.meta.url);

/** The packages the basemap is drawn from, and the code that draws it. */
const PACKAGES = [
  'world-countries',
  '@geo-maps/countries-land-10km',
  'us-atlas',
  'topojson-server',
  'topojson-client',
];
const SOURCES = ['../basemap.ts', '../../core/basemap.ts'];

/** Everything the basemap is made from: the gazetteer's cities, the packages, the code. */
function basemapKey(): string {
  const hash = createHash('sha256');
  hash.update(`${BASEMAP_FORMAT} ${BASEMAP_VERSION} ${ensureGazetteer().version}\n`);
  for (const name of PACKAGES) {
    hash.update(`${name} ${(require(`${name}/package.json`) as { version: string }).version}\n`);
  }
  for (const source of SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The basemap TopoJSON, serialised: built once per gazetteer, package and code version and kept
 * in the cache folder, as building it (shapes to topology, every city of the gazetteer) costs
 * more than a re-run after one changed article should. Older builds are removed.
 */
export function cachedBasemap(cacheDir: string): string {
  const name = `basemap-${basemapKey()}.json`;
  const path = join(cacheDir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Not built yet for these inputs.
  }
  const json = JSON.stringify(buildBasemap());
  writeAtomically(path, json);
  for (const old of readdirSync(cacheDir)) {
    if (/^basemap-[0-9a-f]{16}\.json$/.test(old) && old !== name) rmSync(join(cacheDir, old));
  }
  return json;
}
