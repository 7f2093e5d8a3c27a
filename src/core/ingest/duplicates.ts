/**
 * Finds copies of one story in a stream of articles: exact duplicates (the same text once
 * normalised) and near-duplicates (wire copies with another headline, another dateline or a
 * trimmed tail) by MinHash signatures over word 5-grams and LSH banding, so each new article is
 * compared only with the few stories it shares a band with, not with every article seen.
 *
 * Usage on a stream: `const groups = new DuplicateIndex(); groups.add(id, text)` returns null for
 * the first article of a story (its canonical copy) and the canonical id for every later copy.
 * Memory grows with the number of distinct stories (one 512-byte signature each), not with copies.
 */
export interface DuplicateOptions {
  /** Estimated Jaccard similarity of word 5-grams at or above which two texts are one story. */
  threshold?: number;
}

/** How a copy matches its story: the same words, or most of the same word 5-grams. */
export type CopyKind = 'exact' | 'near';

/**
 * What grouping needs of one article's body, computed once per text: a key for exact matches
 * and the MinHash signature for near ones (null when the body is too short to estimate).
 */
export interface Fingerprint {
  exact: string;
  minhash: Uint32Array | null;
}

export interface DuplicateCounts {
  /** Copies whose normalised text equals an earlier article's. */
  exact: number;
  /** Copies close to an earlier article but not equal. */
  near: number;
}

const SHINGLE_WORDS = 5;
const BANDS = 32;
const ROWS = 4;
const HASHES = BANDS * ROWS;
/**
 * Texts shorter than this many words are matched exactly only: in a short templated text ("More
 * on day 10", a market report) one changed number shifts most of its few shingles' estimate, and
 * unrelated notes would merge.
 */
const MIN_WORDS_FOR_NEAR = 50;

/**
 * A band bucket holds at most this many stories: templated texts (weather, markets) that share
 * bands with thousands of others would otherwise make each new article compare with them all.
 */
const MAX_BUCKET = 64;

/** HASHES is a power of two: a shingle's hash gives its bin by its low BIN_BITS bits. */
const BIN_BITS = Math.log2(HASHES);
/** Larger than any bin value (hash >>> BIN_BITS): marks a bin no shingle reached. */
const EMPTY = 0xffffffff;
const SHINGLE_SEED = 0x9e3779b9;
/** Probes an empty bin makes before falling back to the next full bin. */
const MAX_PROBES = 4 * HASHES;

export class DuplicateIndex {
  readonly counts: DuplicateCounts = { exact: 0, near: 0 };
  private readonly threshold: number;
  private readonly exact = new Map<string, string>();
  private readonly withCopies = new Set<string>();
  private readonly signatures = new Map<string, Uint32Array>();
  /** Band key -> stories in that bucket; numeric keys keep a map of millions of entries small. */
  private readonly bands = new Map<number, string[]>();

  constructor(options: DuplicateOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
  }

  /** The canonical id of the story `text` is a copy of, or null when it is a new story. */
  add(id: string, text: string): string | null {
    return this.addFingerprint(id, fingerprint(bodyOf(text)))?.canonical ?? null;
  }

  /**
   * As `add`, from a fingerprint computed earlier (the store keeps one per article, so a re-run
   * groups without reading texts). Returns the story it copies and how, or null for a new story.
   */
  addFingerprint(id: string, print: Fingerprint): { canonical: string; kind: CopyKind } | null {
    const same = this.exact.get(print.exact);
    if (same !== undefined) {
      this.counts.exact++;
      this.withCopies.add(same);
      return { canonical: same, kind: 'exact' };
    }
    this.exact.set(print.exact, id);
    const signature = print.minhash;
    if (!signature) return null;

    const bandKeys = Array.from({ length: BANDS }, (_, b) => bandKey(signature, b));
    let best: { id: string; similarity: number } | undefined;
    const seen = new Set<string>();
    for (const band of bandKeys) {
      for (const candidate of this.bands.get(band) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const other = this.signatures.get(candidate);
        const similarity = other ? agreement(signature, other) : 0;
        if (similarity >= this.threshold && (!best || similarity > best.similarity)) {
          best = { id: candidate, similarity };
        }
      }
    }
    if (best) {
      this.counts.near++;
      this.withCopies.add(best.id);
      return { canonical: best.id, kind: 'near' };
    }
    this.signatures.set(id, signature);
    for (const band of bandKeys) {
      const list = this.bands.get(band);
      if (list && list.length < MAX_BUCKET) list.push(id);
      else if (list) continue;
      else this.bands.set(band, [id]);
    }
    return null;
  }

  /** Stories that have at least one copy. */
  get stories(): number {
    return this.withCopies.size;
  }

  /** Copies merged so far. */
  get merged(): number {
    return this.counts.exact + this.counts.near;
  }
}

/** The fingerprint of an article body (its text without the headline). */
export function fingerprint(body: string): Fingerprint {
  const words = normalise(body);
  const exact = `${words.length}:${hashWords(words, 0x811c9dc5)}:${hashWords(words, 0x01000193)}`;
  return { exact, minhash: words.length < MIN_WORDS_FOR_NEAR ? null : minhash(words) };
}

/** Signature values per fingerprint: what a stored signature must hold. */
export const MINHASH_LENGTH = HASHES;

/** The body without its first line: wire copies often carry another outlet's headline. */
function bodyOf(text: string): string {
  const newline = text.indexOf('\n');
  const body = newline === -1 ? '' : text.slice(newline + 1);
  return body.trim() ? body : text;
}

/** Words in lower case with punctuation and accents' composition differences removed. */
export function normalise(text: string): string[] {
  // The runs of letters and digits, matched: splitting on the rest and dropping the empty
  // pieces gave the same words for a third more time.
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * One-permutation MinHash: each shingle is hashed once, its low bits pick one of the HASHES bins
 * and the rest is the value that bin keeps the least of. A bin no shingle reached borrows a full
 * bin's value by "optimal densification" (Shrivastava, ICML 2017): it probes bins in an order
 * that depends only on its own number, so two texts borrow alike and agreement per position stays
 * an unbiased estimate of the Jaccard similarity. Classic MinHash evaluated HASHES hashes per
 * shingle and took about a fifth of a parse thread's time; this takes one.
 */
function minhash(words: readonly string[]): Uint32Array {
  // Each word hashed once; a shingle's hash combines its words' hashes, in order.
  const wordHashes = new Int32Array(words.length);
  for (let w = 0; w < words.length; w++) wordHashes[w] = hashWords(words, 0x811c9dc5, w, w + 1);
  const bins = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let shingle = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) {
      shingle = Math.imul(shingle ^ (wordHashes[w] ?? 0), 0x01000193);
    }
    const hash = fmix32(shingle ^ SHINGLE_SEED);
    const bin = hash & (HASHES - 1);
    const value = hash >>> BIN_BITS;
    if (value < (bins[bin] ?? 0)) bins[bin] = value;
  }
  const signature = bins.slice();
  for (let bin = 0; bin < HASHES; bin++) {
    if (bins[bin] !== EMPTY) continue;
    signature[bin] = bins[borrowedBin(bin, bins)] ?? EMPTY;
  }
  return signature;
}

/** The full bin an empty one borrows from: the first full one of its own probe sequence. */
function borrowedBin(bin: number, bins: Uint32Array): number {
  for (let attempt = 1; attempt <= MAX_PROBES; attempt++) {
    const probe = fmix32(Math.imul(bin + 1, 0x9e3779b9) ^ attempt) & (HASHES - 1);
    if (bins[probe] !== EMPTY) return probe;
  }
  // Practically unreachable (a text of 50 words fills a few dozen bins): the next full bin.
  for (let step = 1; step < HASHES; step++) {
    const next = (bin + step) & (HASHES - 1);
    if (bins[next] !== EMPTY) return next;
  }
  return bin;
}

/** The band number and its rows' hash as one safe integer (band < 32, hash < 2^32). */
function bandKey(signature: Uint32Array, band: number): number {
  let hash = band;
  for (let r = 0; r < ROWS; r++) hash = fmix32(hash ^ (signature[band * ROWS + r] ?? 0));
  return band * 2 ** 32 + hash;
}

/** Share of signature positions that agree: an unbiased estimate of the Jaccard similarity. */
function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** FNV-1a over the words [from, to) with a separator, from a given offset basis. */
function hashWords(words: readonly string[], basis: number, from = 0, to = words.length): number {
  let hash = basis;
  for (let w = from; w < to; w++) {
    const word = words[w] ?? '';
    for (let i = 0; i < word.length; i++) {
      hash ^= word.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x20;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The line preprocess prints, e.g. "3 exact and 1 near duplicates merged into 2 stories". */
export function duplicateSummary(counts: DuplicateCounts & { stories: number }): string {
  if (counts.exact + counts.near === 0) return 'no duplicate articles found';
  const stories = counts.stories === 1 ? '1 story' : `${counts.stories} stories`;
  return `${counts.exact} exact and ${counts.near} near duplicates merged into ${stories}`;
}
