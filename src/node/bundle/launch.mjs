/* global process, console */
// Runs a TypeScript CLI as bundled JavaScript: `node src/node/bundle/launch.mjs src/node/x.ts args`.
// tsx transpiles every module at every start (about a second); a bundle starts in tens of
// milliseconds. The bundle lives in node_modules/.cache/dateline/bundles and is rebuilt with
// esbuild when any file under src/ is newer than it, so an edit is never run stale.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestSource } from './newest-source.mjs';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node src/node/bundle/launch.mjs <entry.ts> [arguments]');
  process.exit(2);
}
const root = process.cwd();
const dir = join(root, 'node_modules', '.cache', 'dateline', 'bundles');
// The bundle holds its sources' absolute paths (below), so its name holds the folder it was
// built for: a moved checkout, or two sharing one node_modules, never runs another's bundle.
const builtFor = createHash('sha256').update(root).digest('hex').slice(0, 8);
const bundle = join(
  dir,
  `${relative(root, entry).replace(/[\\/]/g, '_').replace(/\.ts$/, '')}-${builtFor}.mjs`,
);

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Each source keeps its own import.meta.url, as if it ran unbundled: code that finds files
 * beside itself (the gazetteer's inputs, the worker entry) finds them in src/, not in the cache.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(path, 'utf8');
      const url = JSON.stringify(pathToFileURL(path).href);
      return { contents: code.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

if (
  bundleTime() <
  Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)
) {
  const { build } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native addons and esbuild itself load from node_modules at run time.
    external: ['esbuild', 'better-sqlite3', 'piscina', 'vite', 'vitest'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
    plugins: [sourceUrls],
  });
  renameSync(temporary, bundle);
}

// The CLI reads its own arguments from process.argv.slice(2): drop the entry. It sees itself
// started as its source file, as under tsx, so its isMain() check (src/node/cli/run.ts) holds.
process.argv.splice(2, 1);
process.argv[1] = resolve(entry);
await import(pathToFileURL(bundle).href);
