// npx tsx src/node/bench/scale-site.ts --n N --dir DIR [--corpus FILE.jsonl]
// Builds a site serving a generated collection of N articles: DIR/seeds (the articles),
// DIR/cache (its own store), DIR/site (the production build with DIR/site/data from preprocess).
// Used by the scale e2e journeys (playwright.config.ts) and by npm run bench:app.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceTexts, writeCollection } from './synthetic-collection';

export interface ScaleSite {
  seeds: string;
  site: string;
  /** Seconds each step took. */
  timings: Record<string, number>;
}

export function buildScaleSite(n: number, dir: string, corpus?: string): ScaleSite {
  const root = resolve(dir);
  const seeds = join(root, 'seeds');
  const site = join(root, 'site');
  const timings: Record<string, number> = {};
  const step = (name: string, run: () => void) => {
    const start = performance.now();
    run();
    timings[name] = (performance.now() - start) / 1000;
  };
  step('generate', () => {
    writeCollection(seeds, n, sourceTexts('seeds', corpus));
  });
  step('build', () => {
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'error'],
      {
        stdio: 'inherit',
      },
    );
  });
  step('preprocess', () => {
    execFileSync(
      'npx',
      [
        'tsx',
        'src/node/preprocess.ts',
        '--seeds',
        seeds,
        '--out',
        join(site, 'data'),
        '--cache',
        join(root, 'cache'),
        // The generated articles reuse one text on purpose: they are load, not copies to merge.
        '--keep-copies',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  });
  return { seeds, site, timings };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '2000' },
      dir: { type: 'string', default: join('node_modules', '.cache', 'dateline', 'scale') },
      corpus: { type: 'string' },
    },
  });
  const n = Number(values.n);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`scale-site: --n must be a whole number above 0, got "${values.n}"`);
    process.exit(2);
  }
  const built = buildScaleSite(n, values.dir, values.corpus);
  console.log(`scale-site: ${n} articles -> ${built.site} ${JSON.stringify(built.timings)}`);
}
