import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the geoparse command as a user would, feeding `input` on stdin. */
function geoparseCommand(
  args: string[],
  input: string,
  stopAfterFirstLine = false,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node/geoparse.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      // As `| head -1` does: read one line, then close the pipe.
      if (stopAfterFirstLine && stdout.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

const GOOD = '{"id":"a","text":"Talks in Moscow."}\n';
const BAD = '{"id":"b","text":42}\n';

describe('the geoparse command', () => {
  it('exits 0 when every line parsed', async () => {
    const { status, stdout, stderr } = await geoparseCommand([], GOOD + GOOD);
    expect([status, stdout.split('\n').length - 1, stderr]).toEqual([0, 2, '']);
  });

  it('exits 1 when any line was an error, still answering every line', async () => {
    const { status, stdout, stderr } = await geoparseCommand([], GOOD + BAD + GOOD);
    expect(status).toBe(1);
    expect(stdout.split('\n').length - 1).toBe(3);
    expect(stderr).toBe('geoparse: line 2: "text" must be a string, got number\n');
  });

  it.each([
    [['--fast'], 'geoparse: unknown option "--fast"'],
    [['articles.jsonl'], 'geoparse: unexpected argument "articles.jsonl"'],
  ])('exits 2 with one line and the usage for %j, before reading', async (args, message) => {
    const { status, stdout, stderr } = await geoparseCommand(args, GOOD);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([message, expect.stringMatching(/^usage: /), '']);
  });

  it('ends quietly when its reader stops early (| head -1)', async () => {
    const { status, stdout, stderr } = await geoparseCommand([], GOOD.repeat(20_000), true);
    expect(stdout.split('\n')[0]).toMatch(/^\{"id":"a"/);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
