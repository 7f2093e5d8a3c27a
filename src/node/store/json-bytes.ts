/**
 * Turns values into the UTF-8 bytes of their JSON, byte for byte what
 * `Buffer.from(JSON.stringify(value))` gives, in one buffer reused from call to call.
 *
 * Why not JSON.stringify: for a value holding text outside Latin-1 (most news texts: curly
 * quotes, dashes), V8 returns the JSON as a tree of pieces that the first read must flatten into
 * one new string, and a string of a few hundred KB lives in memory of its own, fresh each time.
 * At 20,000 articles, stringifying the 512 article shards (220 KB each) and encoding them took
 * about 4 s of CPU; stringified an article at a time (the top two levels of a value are walked
 * here) into this buffer, about 1 s. A fresh Buffer per shard cost page faults of its own.
 */
export class JsonBytes {
  private buffer = Buffer.alloc(0);
  private length = 0;

  /**
   * The JSON of `value` as UTF-8: a view valid until the next call. The top `levels` levels of
   * containers are walked here; a RawJson must stand within them (as an element or entry of one).
   */
  encode(value: object, levels = LEVELS): Buffer {
    this.length = 0;
    this.value(value, levels);
    return this.buffer.subarray(0, this.length);
  }

  /** `text` (JSON already serialised) as UTF-8, in the same buffer: a view valid until the next call. */
  utf8(text: string): Buffer {
    this.length = 0;
    this.text(text);
    return this.buffer.subarray(0, this.length);
  }

  private value(value: unknown, levels: number): void {
    if (value instanceof RawJson) {
      for (const piece of value.pieces) this.text(piece);
      return;
    }
    if (levels === 0 || !isPlainContainer(value)) {
      // Never undefined: entries and elements without JSON are dealt with first, and `encode`
      // takes objects only.
      this.text(JSON.stringify(value));
      return;
    }
    if (Array.isArray(value)) {
      this.text('[');
      value.forEach((element: unknown, i) => {
        if (i > 0) this.text(',');
        // As JSON.stringify: an element that has no JSON (undefined, a function) is null.
        if (hasJson(element)) this.value(element, levels - 1);
        else this.text('null');
      });
      this.text(']');
      return;
    }
    this.text('{');
    let first = true;
    for (const [key, entry] of Object.entries(value)) {
      // As JSON.stringify: an entry whose value has no JSON is left out.
      if (!hasJson(entry)) continue;
      this.text(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      this.value(entry, levels - 1);
    }
    this.text('}');
  }

  private text(piece: string): void {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
    const most = this.length + piece.length * 3;
    if (most > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(most, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(piece, this.length, 'utf8');
  }
}

/**
 * JSON already made, written by JsonBytes as it is, one piece of text after another (kept as
 * text: a small Buffer per piece, a slice of Node's pool, cost more than encoding it again). A part shared by many values (a passage's text, in the pages of every place it
 * mentions) is then escaped and encoded once. Only JsonBytes writes it: JSON.stringify throws.
 */
export class RawJson {
  constructor(readonly pieces: readonly string[]) {}

  toJSON(): never {
    throw new Error('RawJson is written by JsonBytes.encode, within the levels it walks');
  }
}

/** Levels of a value walked here; below them, each value is stringified whole. */
const LEVELS = 2;

/** An array or a plain object, which JSON.stringify writes entry by entry (no toJSON of its own). */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

function hasJson(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
