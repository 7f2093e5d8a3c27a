// npx tsx src/node/tools/review-site.ts --dir DIR
// A site whose seeds the local API may write to: DIR/seeds (a copy of the articles in seeds/,
// never the repository's own folder), DIR/cache (its store) and DIR/site (the production build,
// with DIR/site/data from preprocess). Served by `vite preview --outDir DIR/site` with
// DATELINE_SEEDS and DATELINE_CACHE set; used by the corrections journeys (e2e/corrections.spec.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Copies the articles (not any corrections) into a fresh DIR/seeds and builds the site. */
export function buildReviewSite(dir: string): { seeds: string; site: string; cache: string } {
  const root = resolve(dir);
  const seeds = join(root, 'seeds');
  const site = join(root, 'site');
  const cache = join(root, 'cache');
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync('seeds')) {
    if (name.endsWith('.txt')) copyFileSync(join('seeds', name), join(seeds, name));
  }
  execFileSync('npx', ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  preprocessReviewSite(dir);
  return { seeds, site, cache };
}

/** Rebuilds the site's data from its seeds (and their corrections file, if any). */
export function preprocessReviewSite(dir: string): string {
  const root = resolve(dir);
  return execFileSync(
    process.execPath,
    [
      'src/node/bundle/launch.mjs',
      'src/node/preprocess.ts',
      '--seeds',
      join(root, 'seeds'),
      '--out',
      join(root, 'site', 'data'),
      '--cache',
      join(root, 'cache'),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  if (!values.dir) {
    console.error('review-site: --dir DIR is required');
    process.exit(2);
  }
  buildReviewSite(values.dir);
}
