import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Lines of a stream, numbered from 1, read lazily so large inputs never sit in memory whole. */
export async function* numberedLines(input: Readable): AsyncGenerator<{ n: number; line: string }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield { n, line };
  }
}

/** A file's lines; fails with a one-line message naming the file if it cannot be opened. */
export function fileLines(path: string): AsyncGenerator<{ n: number; line: string }> {
  return numberedLines(createReadStream(path, 'utf8'));
}
