import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencedShards } from './gc';
import { readPublished, scratch, writeCollection } from './store.testing';

type Dirs = ReturnType<typeof scratch>;

/** Starts the CLI; resolves once stderr shows `when`, with the process and its end. */
function start(dirs: Dirs, command: string[]) {
  const child = spawn(
    command[0] as string,
    [...command.slice(1), '--seeds', dirs.seeds, '--out', dirs.out, '--cache', dirs.cacheDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const w of waiters.filter((w) => stderr.includes(w.text))) w.resolve();
  });
  const closed = new Promise<void>((resolve) => child.stderr.on('close', resolve));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    child,
    closed,
    exited,
    stderr: () => stderr,
    seen: (text: string) =>
      new Promise<void>((resolve) => {
        if (stderr.includes(text)) resolve();
        else waiters.push({ text, resolve });
      }),
  };
}

const PREPROCESS = [process.execPath, '--import', 'tsx', 'src/node/preprocess.ts'];

/** The served state: the index's bytes and every shard it refers to, each whole and valid. */
function servedState(out: string) {
  const index = readFileSync(join(out, 'dateline.json'), 'utf8');
  const shards = [...referencedShards(join(out, 'dateline.json'))];
  readPublished(out);
  return { index, shards };
}

/** Changes every tenth article, so the next run has work to do and new files to publish. */
function changeSome(seeds: string, count: number, round: number) {
  for (let i = 0; i < count; i += 10) {
    appendFileSync(join(seeds, `a${String(i).padStart(5, '0')}.txt`), `\nThen Kyiv, ${round}.\n`);
  }
}

const COUNT = 1500;

// One collection for the whole file, run after run: a killed run leaves the store usable, and
// every run here starts from the state the previous one left.
describe('a preprocess run killed midway', { timeout: 300_000 }, () => {
  const dirs = scratch();
  writeCollection(dirs.seeds, COUNT);
  let round = 0;

  it.each(['tallying places', 'writing passage pages', 'writing article shards'])(
    'leaves the previous data served intact when killed while %s',
    async (stage) => {
      if (round === 0) expect(await start(dirs, PREPROCESS).exited).toBe(0);
      const before = servedState(dirs.out);
      changeSome(dirs.seeds, COUNT, (round += 1));

      const run = start(dirs, PREPROCESS);
      await run.seen(stage);
      run.child.kill('SIGKILL');
      await run.exited;

      expect(servedState(dirs.out)).toEqual(before);
      for (const path of before.shards) expect(existsSync(join(dirs.out, path))).toBe(true);
      expect(readdirSync(dirs.out).sort()).toEqual(['dateline.json', 'shards']);
    },
  );

  it('publishes nothing when the command that started it is killed', async () => {
    const before = servedState(dirs.out);
    changeSome(dirs.seeds, COUNT, (round += 1));

    // npx starts tsx, and tsx runs the script in a child process: kill only the top one.
    const run = start(dirs, ['npx', 'tsx', 'src/node/preprocess.ts']);
    await run.seen('tallying places');
    run.child.kill('SIGKILL');
    await run.closed;

    expect(run.stderr()).toContain('the command that started this run is gone');
    expect(servedState(dirs.out)).toEqual(before);
  });

  it('publishes in full on the next run and removes what the killed runs left', async () => {
    const before = servedState(dirs.out);
    expect(await start(dirs, PREPROCESS).exited).toBe(0);
    const after = servedState(dirs.out);
    expect(after.index).not.toEqual(before.index);
    expect(readPublished(dirs.out).articles.get('a00010')?.text).toContain(`Then Kyiv, ${round}.`);
    const kept = new Set([...before.shards, ...after.shards]);
    const files = readdirSync(join(dirs.out, 'shards')).map((f) => `shards/${f}`);
    expect(files.filter((f) => !kept.has(f))).toEqual([]);
    expect(readdirSync(join(dirs.cacheDir, 'tmp'))).toEqual([]);
  });
});
