import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoparse } from '../../core/geoparser/index';
import { loadGazetteer } from '../gazetteer/load';

/**
 * Benchmark, not a test: gazetteer load time, geoparse throughput (MB/s of UTF-16 text, one core)
 * and peak RSS, as medians over repetitions.
 *   npm run bench:geoparse                 # the seed articles in seeds/, repeated to ~2 MB
 *   npm run bench:geoparse -- FILE.jsonl   # the "text" of each line (e.g. a gold corpus)
 */
const LOAD_RUNS = 5;
const PARSE_RUNS = 5;
const TARGET_CHARS = 2_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

function corpus(path: string | undefined): string[] {
  if (path) {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        const x = JSON.parse(l) as { text?: unknown };
        if (typeof x.text !== 'string')
          throw new Error(`${path}: line ${i + 1}: missing "text" string`);
        return x.text;
      });
  }
  const dir = join(process.cwd(), 'seeds');
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const texts: string[] = [];
  let chars = 0;
  while (chars < TARGET_CHARS && seeds.length > 0) {
    for (const s of seeds) {
      texts.push(s);
      chars += s.length;
    }
  }
  return texts;
}

function main(): void {
  const path = process.argv[2];
  const texts = corpus(path);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const gazetteer = loadGazetteer();
  const firstLoad = performance.now() - t0;
  const rates: number[] = [];
  let mentions = 0;
  for (let i = 0; i < PARSE_RUNS; i++) {
    mentions = 0;
    const t1 = performance.now();
    for (const t of texts) mentions += geoparse(t, gazetteer).length;
    const s = (performance.now() - t1) / 1000;
    rates.push(chars / 1e6 / s);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  // Repeated loads last: each leaves a gazetteer for the collector, which would inflate peak RSS.
  const loads = [firstLoad];
  for (let i = 1; i < LOAD_RUNS; i++) {
    const t1 = performance.now();
    loadGazetteer();
    loads.push(performance.now() - t1);
  }
  console.log(
    `corpus: ${path ?? 'seeds/ repeated'}, ${texts.length} texts, ${(chars / 1e6).toFixed(2)} M chars, ${mentions} mentions`,
  );
  console.log(
    `gazetteer load: median ${median(loads).toFixed(0)} ms over ${LOAD_RUNS} runs (first ${firstLoad.toFixed(0)} ms)`,
  );
  console.log(
    `geoparse: median ${median(rates).toFixed(2)} MB/s over ${PARSE_RUNS} runs (min ${Math.min(...rates).toFixed(2)}, max ${Math.max(...rates).toFixed(2)})`,
  );
  console.log(`peak RSS (one gazetteer loaded, while parsing): ${(peak / 1e6).toFixed(0)} MB`);
}

main();
