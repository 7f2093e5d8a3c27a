/**
 * A growable column of 32-bit integers. The publish walk keeps millions of numbers per run (a
 * passage ref is four, a mention two more); in plain arrays every one of them is scanned by each
 * garbage collection and copied element by element as the arrays grow, which was most of a
 * re-run's join of kept blocks. A typed array's bytes live outside the heap the collector walks,
 * and a kept block's column is appended with one copy.
 */
export class IntColumn {
  private data: Int32Array;
  private size = 0;

  constructor(capacity = 8) {
    this.data = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  at(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  push(value: number): void {
    if (this.size === this.data.length) this.grow(this.size + 1);
    this.data[this.size++] = value;
  }

  /** Appends `values`; with `add`, each value plus `add`. */
  append(values: Int32Array, add = 0): void {
    this.grow(this.size + values.length);
    if (add === 0) this.data.set(values, this.size);
    else
      for (let i = 0; i < values.length; i++)
        this.data[this.size + i] = (values[i] as number) + add;
    this.size += values.length;
  }

  /** Appends `table[v]` for each v of `values` (local indices renumbered, say). */
  appendIndexed(values: Int32Array, table: ArrayLike<number>): void {
    this.grow(this.size + values.length);
    const { data, size } = this;
    for (let i = 0; i < values.length; i++) data[size + i] = table[values[i] as number] as number;
    this.size += values.length;
  }

  /** Appends `values[i] + shifts[keys[i]]` for each i: each value moved by its key's shift. */
  appendShifted(values: Int32Array, keys: Int32Array, shifts: ArrayLike<number>): void {
    this.grow(this.size + values.length);
    const { data, size } = this;
    for (let i = 0; i < values.length; i++) {
      data[size + i] = (values[i] as number) + (shifts[keys[i] as number] as number);
    }
    this.size += values.length;
  }

  /** The values as a view (no copy): valid until the column next grows. */
  view(from = 0, to = this.size): Int32Array {
    return this.data.subarray(from, to);
  }

  /** A copy of the values, to keep. */
  copy(): Int32Array {
    return this.data.slice(0, this.size);
  }

  private grow(needed: number): void {
    if (needed <= this.data.length) return;
    const data = new Int32Array(Math.max(needed, this.data.length * 2));
    data.set(this.data.subarray(0, this.size));
    this.data = data;
  }
}
