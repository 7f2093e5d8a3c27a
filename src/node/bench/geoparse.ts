import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { GeoparseRequestSchema, issueText } from '../../shared/schema';
import { parseCommandLine } from '../cli/args';
import { UserError } from '../cli/errors';
import { checkInputFile } from '../cli/paths';
import { runCli } from '../cli/run';
import { commandMillis } from './command-time';
import { geoparse } from '../../core/geoparser/index';
import { loadGazetteer } from '../gazetteer/load';

/**
 * Benchmark, not a test: gazetteer load time, geoparse throughput (MB/s of UTF-16 text, one core),
 * CPU time per text and peak RSS, as medians over repetitions; then what a user of the command gets: the compiled
 * `geoparse` command end to end (stdin to stdout, minus an empty run) and the empty run itself.
 *   npm run bench:geoparse                 # the seed articles in seeds/, repeated to ~2 MB
 *   npm run bench:geoparse -- FILE.jsonl   # the "text" of each line (e.g. a gold corpus)
 */
const LOAD_RUNS = 5;
const PARSE_RUNS = 5;
const COMMAND_RUNS = 3;
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
        let json: unknown;
        try {
          json = JSON.parse(l);
        } catch {
          throw new UserError(`${path}: line ${i + 1}: not valid JSON`);
        }
        // The lines geoparse reads: {id, text}, checked by the one schema for them.
        const line = v.safeParse(GeoparseRequestSchema, json);
        if (!line.success) throw new UserError(`${path}: line ${i + 1}: ${issueText(line.issues)}`);
        return line.output.text;
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

function main(args: string[]): void {
  const { positionals } = parseCommandLine(args, { options: {}, positionals: { min: 0, max: 1 } });
  const path = positionals[0];
  if (path !== undefined) checkInputFile(path, 'corpus');
  const texts = corpus(path);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const gazetteer = loadGazetteer();
  const firstLoad = performance.now() - t0;
  const rates: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also counts the others.
  const cpuPerText: number[] = [];
  let mentions = 0;
  for (let i = 0; i < PARSE_RUNS; i++) {
    mentions = 0;
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    for (const t of texts) mentions += geoparse(t, gazetteer).length;
    const used = process.cpuUsage(cpu);
    const s = (performance.now() - t1) / 1000;
    rates.push(chars / 1e6 / s);
    cpuPerText.push((used.user + used.system) / texts.length);
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
  console.log(
    `geoparse CPU: median ${median(cpuPerText).toFixed(0)} us per text over ${PARSE_RUNS} runs (${(median(cpuPerText) / (chars / texts.length / 1000)).toFixed(0)} us per 1,000 chars)`,
  );
  console.log(`peak RSS (one gazetteer loaded, while parsing): ${(peak / 1e6).toFixed(0)} MB`);
  commandThroughput(texts, chars);
}

/** The geoparse command as a user runs it, from its compiled bundle (see src/node/bundle/launch.mjs). */
function commandThroughput(texts: string[], chars: number): void {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'dateline', 'tmp');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, 'bench-geoparse.jsonl');
  const empty = join(dir, 'bench-empty.jsonl');
  writeFileSync(
    input,
    texts.map((text, i) => `${JSON.stringify({ id: String(i), text })}\n`).join(''),
  );
  writeFileSync(empty, '');
  const command = [join('src', 'node', 'bundle', 'launch.mjs'), join('src', 'node', 'geoparse.ts')];
  const run = (file: string) => {
    const fd = openSync(file, 'r');
    try {
      return commandMillis(process.execPath, command, fd);
    } finally {
      closeSync(fd);
    }
  };
  run(empty); // builds the bundle if a source changed, so no run below pays for it
  const emptyRuns = Array.from({ length: COMMAND_RUNS }, () => run(empty));
  const fullRuns = Array.from({ length: COMMAND_RUNS }, () => run(input));
  const startup = median(emptyRuns);
  const rate = chars / 1e6 / ((median(fullRuns) - startup) / 1000);
  console.log(
    `geoparse command: empty run median ${startup.toFixed(0)} ms over ${COMMAND_RUNS} runs (min ${Math.min(...emptyRuns).toFixed(0)})`,
  );
  console.log(
    `geoparse command end to end: median ${rate.toFixed(2)} MB/s (stdin to stdout, minus the empty run; ${median(fullRuns).toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} M chars)`,
  );
}

runCli({ name: 'bench:geoparse', usage: 'usage: npm run bench:geoparse [-- CORPUS.jsonl]' }, main);
