import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  name: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

/** The npm packages whose code ends up in the app's bundle, found by bundling it as Vite would. */
async function bundledPackages(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: ['src/app/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty' },
  });
  const names = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}

/** Runtime dependencies and what they pull in, as npm installs them for a user of the app. */
function runtimeClosure(): Set<string> {
  const closure = new Set<string>();
  const visit = (name: string) => {
    if (closure.has(name)) return;
    closure.add(name);
    const pkg = readJson(join('node_modules', name, 'package.json'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(readJson('package.json').dependencies ?? {})) visit(dep);
  return closure;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A README table row "| `name` | licence | ..." (prettier pads the cells). */
function listed(readme: string, name: string, license: string): boolean {
  const row = `^\\|\\s*\`${escapeRegExp(name)}\`\\s*\\|\\s*${escapeRegExp(license)}\\s*\\|`;
  return new RegExp(row, 'm').test(readme);
}

describe('the app bundle', () => {
  it('holds only runtime dependencies (and what they depend on)', async () => {
    const runtime = runtimeClosure();
    const bundled = await bundledPackages();
    expect(bundled).toContain('leaflet');
    expect(bundled.filter((name) => !runtime.has(name))).toEqual([]);
  });

  it('has every bundled package listed in the README with its licence', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const missing = (await bundledPackages())
      .map((name) => {
        const { license } = readJson(join('node_modules', name, 'package.json'));
        return { name, license: license ?? 'unknown' };
      })
      .filter(({ name, license }) => !listed(readme, name, license))
      .map(({ name, license }) => `${name} (${license})`);
    expect(missing).toEqual([]);
  });
});
