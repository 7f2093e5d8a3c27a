/**
 * The lines of one large ASCII table, kept as the bytes read from the file and found by offset.
 *
 * Why bytes: decoding the gazetteer's 20 MB of tables into a string was a second 20 MB copy at
 * every start (about 150 ms of an empty `geoparse` run, most of it page faults on fresh memory),
 * and splitting them made 600,000 small strings that every later full collection walked. A look-up
 * compares the probe with a line's bytes in place, and decodes only the lines it returns.
 */
export class Lines {
  readonly count: number;

  /**
   * @param starts where each line begins, then one past the end of the last line, as
   * `lineStarts` finds them: the gazetteer keeps them in its file, as a scan of its two large
   * tables cost a start ~50 ms.
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly starts: Uint32Array = lineStarts(bytes),
  ) {
    this.count = starts.length - 1;
  }

  /** Line i without its newline, or undefined outside the table. */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return asciiText(this.bytes, this.start(i), this.end(i));
  }

  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  /** Where line i ends: its newline, or the end of the table. */
  end(i: number): number {
    return (this.starts[i + 1] ?? 1) - 1;
  }

  /**
   * Line i against an ASCII probe, as strings compare: negative when the line sorts first, 0 when
   * it is the probe or starts with it, positive otherwise.
   */
  compare(i: number, probe: Uint8Array): number {
    const start = this.start(i);
    const length = this.end(i) - start;
    const n = Math.min(length, probe.length);
    for (let k = 0; k < n; k++) {
      const d = (this.bytes[start + k] ?? 0) - (probe[k] ?? 0);
      if (d !== 0) return d;
    }
    return length < probe.length ? -1 : 0;
  }

  /** In sorted lines, the first not below the probe: it starts with the probe if any line does. */
  lowerBound(probe: Uint8Array): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In sorted lines, the first that starts with the probe (or is it), or -1 when none does. */
  startingWith(probe: Uint8Array): number {
    const i = this.lowerBound(probe);
    return i < this.count && this.compare(i, probe) === 0 ? i : -1;
  }

  /** In sorted lines, true when one is the probe itself. */
  has(probe: Uint8Array): boolean {
    const i = this.startingWith(probe);
    return i >= 0 && this.end(i) - this.start(i) === probe.length;
  }
}

const NEWLINE = 0x0a;

/** Where each line of the table begins, then one past the end of its last line. */
export function lineStarts(bytes: Uint8Array): Uint32Array {
  // The typed array's own indexOf: a Buffer's (the tables are read from a file) costs far more a call.
  const find = (from: number) => Uint8Array.prototype.indexOf.call(bytes, NEWLINE, from);
  // Counted first, so the offsets go straight into one typed array.
  let breaks = 0;
  for (let at = find(0); at >= 0; at = find(at + 1)) breaks++;
  const starts = new Uint32Array(breaks + 2);
  let line = 1;
  for (let at = find(0); at >= 0; at = find(at + 1)) starts[line++] = at + 1;
  starts[breaks + 1] = bytes.length + 1;
  return starts;
}
/** ASCII is UTF-8, the decoder's fast path. */
const decoder = new TextDecoder();
/** Shorter runs are decoded by String.fromCharCode, several times cheaper a call (and below the engine's limit on arguments). */
const SHORT = 1024;

/** The text of bytes[start, end), each byte one character (the tables are ASCII). */
export function asciiText(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const run = bytes.subarray(start, end);
  return run.length <= SHORT
    ? String.fromCharCode.apply(null, run as unknown as number[])
    : decoder.decode(run);
}

/** The bytes of an ASCII text (as `toAscii` makes it): each character one byte. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
