/**
 * The lines of one large string, found by offset. Splitting the gazetteer's tables made 600,000
 * small strings at every load: their allocation and every later full collection that walks them
 * cost more than the look-ups that use a few thousand of them.
 */
export class Lines {
  readonly count: number;
  /** starts[i] is where line i begins; starts[count] is one past the end of the last line. */
  private readonly starts: Uint32Array;

  constructor(readonly text: string) {
    // Counted first, so the offsets go straight into one typed array.
    let breaks = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
    this.count = breaks + 1;
    this.starts = new Uint32Array(this.count + 1);
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      this.starts[line++] = at + 1;
    }
    this.starts[this.count] = text.length + 1;
  }

  /** Line i without its newline, or undefined outside the text. */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.text.slice(this.start(i), this.end(i));
  }

  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  /** Where line i ends: its newline, or the end of the text. */
  end(i: number): number {
    return (this.starts[i + 1] ?? 1) - 1;
  }
}
