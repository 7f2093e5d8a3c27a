import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * Lines of a stream, numbered from 1, read lazily so large inputs never sit in memory whole.
 * A line ends at LF or CRLF only: a bare CR is part of the line (JSON allows it as whitespace, and
 * readline's split on it would turn one record into two). A UTF-8 byte-order mark at the start is
 * not part of line 1; bytes that are not UTF-8 become U+FFFD, so every line is still answered.
 */
export async function* numberedLines(input: Readable): AsyncGenerator<{ n: number; line: string }> {
  // ignoreBOM: false drops a leading BOM, once, at the start of the stream.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  // Pieces of a line that spans chunks, joined once it ends (a long line stays linear).
  let pending: string[] = [];
  let n = 0;
  let atStart = true;
  const finish = (tail: string) => {
    pending.push(tail);
    const line = pending.join('');
    pending = [];
    n++;
    return { n, line: line.endsWith('\r') ? line.slice(0, -1) : line };
  };
  for await (const chunk of input) {
    // A stream already decoded to strings keeps its BOM: drop it here instead.
    const text =
      typeof chunk === 'string'
        ? atStart
          ? chunk.replace(/^\uFEFF/, '')
          : chunk
        : decoder.decode(chunk as Uint8Array, { stream: true });
    atStart = false;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield finish(text.slice(start, end));
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const rest = pending.join('') + decoder.decode();
  // The last line needs no line end; an input that ends with one has no empty line after it.
  if (rest !== '') {
    n++;
    yield { n, line: rest };
  }
}

/** A file's lines; fails with a one-line message naming the file if it cannot be opened. */
export function fileLines(path: string): AsyncGenerator<{ n: number; line: string }> {
  return numberedLines(createReadStream(path));
}
