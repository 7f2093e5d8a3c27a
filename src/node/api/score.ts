import { spawn } from 'node:child_process';
import { isAbsolute, join, relative } from 'node:path';

/** The eval's score table (its first four lines) under a heading that says how to get it again. */
export function scoreReport(evalOutput: string, command: string): string {
  const table = evalOutput.split('\n').slice(0, 4).join('\n');
  return `Your corrections as a test set (${command}):\n${table}`;
}

/**
 * After saves, scores the current geoparser on the reviewed mentions (`npm run eval --
 * --corrections`) in a child process and prints the figure in the server's output. One run at a
 * time, outside the preprocess queue so a save never waits for it; saves during a run ask for
 * one more run after it, so a quick review session ends with one figure that counts all of it.
 */
export function correctionsScorer(options: {
  root: string;
  /** The corrections file, seeds/corrections.json. */
  file: string;
  log: (text: string) => void;
}): () => void {
  const { root, file, log } = options;
  // Written as a reader would type it in the project: seeds/corrections.json, or a full path.
  const inProject = relative(root, file);
  const outside = inProject === '' || inProject.startsWith('..') || isAbsolute(inProject);
  const command = `npm run eval -- --corrections ${outside ? file : inProject}`;
  let running = false;
  let again = false;
  const run = () => {
    running = true;
    again = false;
    let output = '';
    let done = false;
    const finish = (text: string) => {
      if (done) return;
      done = true;
      log(text);
      running = false;
      if (again) run();
    };
    const child = spawn(
      process.execPath,
      [
        join(root, 'src/node/bundle/launch.mjs'),
        join(root, 'src/node/eval.ts'),
        '--corrections',
        file,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      finish(`Could not score the corrections (${command}): ${error.message}`);
    });
    child.on('exit', (code) => {
      finish(
        code === 0
          ? scoreReport(output, command)
          : `Could not score the corrections; run ${command} to see why.`,
      );
    });
  };
  return () => {
    if (running) again = true;
    else run();
  };
}
