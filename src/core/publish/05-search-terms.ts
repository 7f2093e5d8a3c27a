import { fold, MIN_TERM_LENGTH, searchShardOf } from '../../shared/hash';
import { type Passage } from '../../shared/schema';

/**
 * Words too common to search by. Bodies contribute only capitalised words, so this mostly has
 * to catch sentence starts; titles contribute every word.
 */
const STOP_WORDS = new Set(
  (
    'the and but for nor yet with from into onto over under about after before when while where ' +
    'which who whom whose what why how this that these those there then than thus his her hers ' +
    'its our ours their theirs they them she him you your yours are was were has have had not ' +
    'all any some one two three can could will would shall should may might must also just only ' +
    'very more most many much such other another each every both said says new out off via per ' +
    'mr mrs ms dr despite meanwhile however although because since during until upon'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const CAPITALISED = /^\p{Lu}/u;

const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const ASCII_END = 0x80;

/** `CAPITALISED.test(word)`, read from the first character when it is ASCII. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < ASCII_END ? c >= CAPITAL_A && c <= CAPITAL_Z : CAPITALISED.test(word);
}

function addWords(text: string, onlyCapitalised: boolean, into: Set<string>): void {
  const pattern = new RegExp(WORD);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const word = m[0];
    if (word.length < MIN_TERM_LENGTH) continue;
    if (onlyCapitalised && !isCapitalised(word)) continue;
    const term = fold(word);
    if (term.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(term)) into.add(term);
  }
}

/**
 * Stage 5a: the search terms of one article: every word of the title, and the capitalised words
 * of its body (names of people, organisations and places), folded, distinct, sorted.
 */
export function articleTerms(text: string, passages: readonly Passage[]): string[] {
  const terms = new Set<string>();
  for (const passage of passages) {
    addWords(text.slice(passage.start, passage.end), !passage.title, terms);
  }
  return [...terms].sort();
}

/** A search index as plain data (SearchIndexBuilder.toPart). */
export interface SearchPart {
  terms: string[];
  lengths: Int32Array;
  deltas: Int32Array;
}

/**
 * One run of a term's posting list: `data[from..to)` are deltas, except that the first is
 * `first` (a kept block's first delta counts from the block's start, not from the term's last
 * position before it).
 */
interface Run {
  data: Int32Array | number[];
  from: number;
  to: number;
  first: number;
}

interface Posting {
  last: number;
  /** Deltas added one by one (a walk over articles), after the runs. */
  deltas: number[];
  /** Runs of deltas taken whole from kept blocks, in list order, before `deltas`. */
  runs: Run[];
}

/**
 * Stage 5b: the inverted index, fed in list order so every posting list grows ascending and can
 * be delta-encoded as it goes. A kept block's postings are appended as runs over its own typed
 * array, never copied number by number: at 100k articles they are millions of numbers.
 */
export class SearchIndexBuilder {
  private readonly postings = new Map<string, Posting>();

  add(position: number, terms: readonly string[]): void {
    for (const term of terms) {
      const posting = this.postings.get(term);
      if (posting) {
        posting.deltas.push(position - posting.last);
        posting.last = position;
      } else {
        this.postings.set(term, { last: position, deltas: [position], runs: [] });
      }
    }
  }

  /** The postings as plain data: terms in first-seen order, their deltas flat, with lengths. */
  toPart(): SearchPart {
    const terms = [...this.postings.keys()];
    const lengths = new Int32Array(terms.length);
    let total = 0;
    terms.forEach((term, i) => {
      const n = lengthOf(this.postings.get(term) as Posting);
      lengths[i] = n;
      total += n;
    });
    const deltas = new Int32Array(total);
    let at = 0;
    for (const posting of this.postings.values()) {
      at = copyDeltas(posting, deltas, at);
    }
    return { terms, lengths, deltas };
  }

  /** Adds the postings of the articles that follow these in the list, counted from `base`. */
  append(part: SearchPart, base: number): void {
    let at = 0;
    part.terms.forEach((term, i) => {
      const n = part.lengths[i] as number;
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { last: 0, deltas: [], runs: [] };
        this.postings.set(term, posting);
      }
      if (posting.deltas.length > 0) foldDeltas(posting);
      const empty = posting.runs.length === 0;
      // The part's first delta is its first position; the rest are already deltas.
      const firstPosition = base + (part.deltas[at] as number);
      const first = empty ? firstPosition : firstPosition - posting.last;
      let last = firstPosition;
      for (let k = at + 1; k < at + n; k++) last += part.deltas[k] as number;
      posting.runs.push({ data: part.deltas, from: at, to: at + n, first });
      posting.last = last;
      at += n;
    });
  }

  /**
   * The terms split into `count` shard files by their first two characters, each as the JSON
   * text of a SearchShardFile (as JSON.stringify writes one: see `shardJson`). With `wanted`,
   * only those shards are made; the others are empty texts.
   */
  shardTexts(count: number, wanted?: ReadonlySet<number>): string[] {
    const shards: string[][] = Array.from({ length: count }, () => []);
    for (const term of [...this.postings.keys()].sort()) {
      const shard = searchShardOf(term, count);
      if (!wanted || wanted.has(shard)) shards[shard]?.push(term);
    }
    return shards.map((terms, shard) =>
      wanted && !wanted.has(shard)
        ? ''
        : shardJson(terms, (term) => this.postings.get(term) as Posting),
    );
  }
}

/** Canonical array indices: JSON.stringify writes such keys first, in numeric order. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
// 2 ** 32 - 2, written out: a computed constant would be kept in every bundle importing this file.
const MAX_ARRAY_INDEX = 4_294_967_294;

function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

/**
 * The text JSON.stringify gives for an object with these keys inserted in this order, each
 * holding its posting's deltas: keys that are array indices ("2020") first, ascending by value,
 * as the language orders an object's own keys; the rest as inserted. Written from the runs, so
 * the deltas never become arrays of their own.
 */
function shardJson(terms: readonly string[], postingOf: (term: string) => Posting): string {
  const indices = terms.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  const ordered =
    indices.length === 0 ? terms : [...indices, ...terms.filter((t) => !isArrayIndex(t))];
  const entries = ordered.map((term) => `${JSON.stringify(term)}:[${deltaText(postingOf(term))}]`);
  return `{${entries.join(',')}}`;
}

function deltaText(posting: Posting): string {
  const pieces: string[] = [];
  for (const run of posting.runs) {
    pieces.push(String(run.first));
    if (run.to - run.from > 1) pieces.push(subarrayOf(run, run.from + 1).join(','));
  }
  if (posting.deltas.length > 0) pieces.push(posting.deltas.join(','));
  return pieces.join(',');
}

function subarrayOf(run: Run, from: number): Int32Array | number[] {
  return Array.isArray(run.data) ? run.data.slice(from, run.to) : run.data.subarray(from, run.to);
}

function lengthOf(posting: Posting): number {
  let n = posting.deltas.length;
  for (const run of posting.runs) n += run.to - run.from;
  return n;
}

/** Copies a posting's deltas into `into` from `at`; returns where it ended. */
function copyDeltas(posting: Posting, into: Int32Array, at: number): number {
  let end = at;
  for (const run of posting.runs) {
    into[end] = run.first;
    into.set(subarrayOf(run, run.from + 1), end + 1);
    end += run.to - run.from;
  }
  into.set(posting.deltas, end);
  return end + posting.deltas.length;
}

/** Turns deltas added one by one into a run, so runs from kept blocks can follow them. */
function foldDeltas(posting: Posting): void {
  const { deltas } = posting;
  posting.runs.push({ data: deltas, from: 0, to: deltas.length, first: deltas[0] as number });
  posting.deltas = [];
}
