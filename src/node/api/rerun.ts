import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What one preprocess run said, and whether it published. */
export interface RerunResult {
  ok: boolean;
  /** Everything it printed, stdout and stderr interleaved. */
  output: string;
}

export type Rerun = () => Promise<RerunResult>;

/**
 * Re-runs preprocess for the collection, one run at a time: a save while a run is going waits
 * for it. The store geoparses only what changed; a corrections change geoparses nothing and
 * republishes only the files of the articles it touches.
 */
export function preprocessRunner(options: {
  root: string;
  seeds: string;
  out: string;
  cache?: string;
}): Rerun {
  let queue: Promise<unknown> = Promise.resolve();
  const args = [
    join(options.root, 'src/node/bundle/launch.mjs'),
    join(options.root, 'src/node/preprocess.ts'),
    '--seeds',
    options.seeds,
    '--out',
    options.out,
    ...(options.cache ? ['--cache', options.cache] : []),
  ];
  const once = () =>
    new Promise<RerunResult>((resolve) => {
      let output = '';
      const child = spawn(process.execPath, args, {
        cwd: options.root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) => {
        resolve({ ok: false, output: `${output}${error.message}\n` });
      });
      child.on('exit', (code) => {
        resolve({ ok: code === 0, output });
      });
    });
  return () => {
    const run = queue.then(once, once);
    queue = run;
    return run;
  };
}

/** The orphaned-corrections report in preprocess's output: its heading and indented lines. */
export function orphanLines(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /^\d+ corrections? no longer match/.test(l));
  if (start < 0) return [];
  const out = [lines[start] ?? ''];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    out.push(line.trim());
  }
  return out;
}
