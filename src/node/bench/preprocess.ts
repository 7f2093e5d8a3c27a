import { spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { referencedShards } from '../store/gc';

/**
 * Benchmark, not a test: preprocessing at collection scale.
 *   npm run bench:preprocess -- --corpus FILE.jsonl --n 100000 [--runs 3] [--threads N]
 * Builds N articles in a temp seeds folder from the {id, text} lines of FILE (reused in turn
 * under new ids, with dates spread over three years), then runs `npm run preprocess` cold,
 * and again after one article changed, and prints medians: wall time, peak RSS, cores used,
 * where the time went (each stage's progress line starts it), and bytes published (all, and
 * what the app fetches before its first marker).
 */
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    n: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    threads: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
if (!values.corpus) {
  console.error('usage: npm run bench:preprocess -- --corpus FILE.jsonl --n N [--runs R]');
  process.exit(2);
}
const n = Number(values.n);
const runs = Number(values.runs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

function readCorpus(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Title (the text's first sentence, shortened), a date header, then the text's paragraphs. */
function article(text: string, i: number): string {
  const first = (/^[^.!?\n]{10,90}/.exec(text)?.[0] ?? `Article ${i}`).trim();
  const day = new Date(Date.UTC(2020, 0, 1) + (i % 1096) * 86_400_000).toISOString().slice(0, 10);
  const body = text.replace(/\n+/g, '\n\n');
  return `${first} (${i})\n\nDate: ${day}\n\n${body}\n`;
}

function buildSeeds(dir: string, texts: string[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const content = article(texts[i % texts.length] ?? '', i);
    bytes += Buffer.byteLength(content);
    writeFileSync(join(dir, `bench-${String(i).padStart(7, '0')}.txt`), content);
  }
  return bytes;
}

interface Timed {
  seconds: number;
  peakMb: number;
  cpuPercent: number;
  cpuSeconds: number;
  summary: string;
  /** Seconds from each stage's progress line to the next one's (the first from the start). */
  stages: Map<string, number>;
}

/** Before the first stage line: reading the seeds, geoparsing and storing. */
const FIRST_STAGE = 'reading and geoparsing';
/** A progress line naming a stage ("preprocess: writing passage pages"), not a count. */
const STAGE_LINE = /^preprocess: (?![\d,]+\/)(.+)$/;

/** One `npm run preprocess`, under GNU time for wall clock, peak RSS and CPU share. */
async function preprocess(seeds: string, out: string, cache: string): Promise<Timed> {
  const args = [
    '-f',
    '%e %M %P %U %S',
    'node',
    'src/node/bundle/launch.mjs',
    'src/node/preprocess.ts',
  ];
  // The collection reuses corpus texts under new ids: load to measure, not copies to merge.
  args.push('--seeds', seeds, '--out', out, '--cache', cache, '--keep-copies');
  if (values.threads) args.push('--threads', values.threads);
  const started = performance.now();
  const child = spawn('/usr/bin/time', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const marks: { name: string; at: number }[] = [{ name: FIRST_STAGE, at: started }];
  const errors: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    const stage = STAGE_LINE.exec(line)?.[1];
    if (stage) marks.push({ name: stage, at: performance.now() });
    errors.push(line);
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ended = performance.now();
  if (status !== 0) throw new Error(`preprocess failed:\n${errors.slice(-30).join('\n')}`);
  const [seconds, kb, percent, user, system] = (errors.at(-1) ?? '').split(' ');
  const stages = new Map(
    marks.map(({ name, at }, i) => [name, ((marks[i + 1]?.at ?? ended) - at) / 1000]),
  );
  return {
    seconds: Number(seconds),
    peakMb: Number(kb) / 1024,
    cpuPercent: Number(percent?.replace('%', '')),
    cpuSeconds: Number(user) + Number(system),
    summary: stdout.trim(),
    stages,
  };
}

/** "name 1.2 s, name 3.4 s": each stage's median over the runs, in the order they ran. */
function stageMedians(timed: Timed[]): string {
  const names = [...new Set(timed.flatMap((t) => [...t.stages.keys()]))];
  return names
    .map((name) => `${name} ${median(timed.map((t) => t.stages.get(name) ?? 0)).toFixed(1)} s`)
    .join(', ');
}

function published(out: string) {
  const indexPath = join(out, 'dateline.json');
  const index = readFileSync(indexPath);
  const { basemap } = JSON.parse(index.toString('utf8')) as { basemap: string };
  let total = index.length;
  for (const path of referencedShards(indexPath)) total += statSync(join(out, path)).size;
  const first = gzipSync(index).length + gzipSync(readFileSync(join(out, basemap))).length;
  return { total, index: index.length, indexGzip: gzipSync(index).length, first };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const texts = readCorpus(values.corpus);
const root = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const seeds = join(root, 'seeds');
const textBytes = buildSeeds(seeds, texts);
console.log(
  `bench:preprocess  N=${n} articles from ${texts.length} texts, ${mb(textBytes)} MB of text, ${availableParallelism()} cores`,
);

const cold: Timed[] = [];
const again: Timed[] = [];

let sizes: ReturnType<typeof published> | undefined;
for (let r = 0; r < runs; r++) {
  const out = join(root, `out-${r}`);
  const cache = join(root, `cache-${r}`);
  cold.push(await preprocess(seeds, out, cache));
  console.log(`  cold ${r + 1}: ${cold.at(-1)?.seconds} s, ${cold.at(-1)?.peakMb.toFixed(0)} MB`);
  appendFileSync(join(seeds, `bench-${String(r).padStart(7, '0')}.txt`), `\nA late word, ${r}.\n`);
  again.push(await preprocess(seeds, out, cache));
  console.log(`  one changed ${r + 1}: ${again.at(-1)?.seconds} s  ${again.at(-1)?.summary}`);
  sizes = published(out);
  if (!values.keep) rmSync(cache, { recursive: true, force: true });
}

console.log(
  `cold preprocess          ${median(cold.map((t) => t.seconds)).toFixed(1)} s (median of ${runs})`,
);
console.log(
  `  CPU time (user+sys)    ${median(cold.map((t) => t.cpuSeconds)).toFixed(1)} s cold, ${median(again.map((t) => t.cpuSeconds)).toFixed(2)} s re-run (load: ${loadavg()[0]?.toFixed(1)})`,
);
console.log(`  cold, by stage         ${stageMedians(cold)}`);
console.log(`peak RSS                 ${median(cold.map((t) => t.peakMb)).toFixed(0)} MB`);
console.log(`re-run, one changed      ${median(again.map((t) => t.seconds)).toFixed(2)} s`);
console.log(`  re-run, by stage       ${stageMedians(again)}`);
console.log(
  `cores used               ${(median(cold.map((t) => t.cpuPercent)) / 100).toFixed(2)} of ${availableParallelism()} (CPU time / wall, cold)`,
);
if (sizes) {
  console.log(
    `bytes published          ${mb(sizes.total)} MB (index ${mb(sizes.index)} MB, ${mb(sizes.indexGzip)} MB gzip)`,
  );
  console.log(`before first marker      ${mb(sizes.first)} MB gzip (index + basemap)`);
}
if (!values.keep) rmSync(root, { recursive: true, force: true });
else console.log(`kept ${root}`);
