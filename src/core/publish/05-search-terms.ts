import { fold, MIN_TERM_LENGTH, searchShardOf } from '../../shared/hash';
import { type Passage, type SearchShardFile } from '../../shared/schema';

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
 * Stage 5b: the inverted index, fed in list order so every posting list grows ascending and can
 * be delta-encoded as it goes.
 */
export class SearchIndexBuilder {
  private readonly postings = new Map<string, { last: number; deltas: number[] }>();

  add(position: number, terms: readonly string[]): void {
    for (const term of terms) {
      const posting = this.postings.get(term);
      if (posting) {
        posting.deltas.push(position - posting.last);
        posting.last = position;
      } else {
        this.postings.set(term, { last: position, deltas: [position] });
      }
    }
  }

  /** The postings as plain data: terms in first-seen order, their deltas flat, with lengths. */
  toPart(): SearchPart {
    const terms = [...this.postings.keys()];
    const lengths = new Int32Array(terms.length);
    let total = 0;
    terms.forEach((term, i) => {
      const n = (this.postings.get(term) as { deltas: number[] }).deltas.length;
      lengths[i] = n;
      total += n;
    });
    const deltas = new Int32Array(total);
    let at = 0;
    for (const { deltas: own } of this.postings.values()) {
      deltas.set(own, at);
      at += own.length;
    }
    return { terms, lengths, deltas };
  }

  /** Adds the postings of the articles that follow these in the list, counted from `base`. */
  append(part: SearchPart, base: number): void {
    let at = 0;
    part.terms.forEach((term, i) => {
      const n = part.lengths[i] as number;
      let last = base;
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { last: 0, deltas: [] };
        this.postings.set(term, posting);
      }
      // The part's first delta is its first position; the rest are already deltas.
      for (let k = 0; k < n; k++) {
        const delta = part.deltas[at + k] as number;
        last += delta;
        posting.deltas.push(
          k === 0 ? last - (posting.deltas.length === 0 ? 0 : posting.last) : delta,
        );
      }
      posting.last = last;
      at += n;
    });
  }

  /** The terms split into `count` shard files by their first two characters. */
  shards(count: number): SearchShardFile[] {
    const shards: SearchShardFile[] = Array.from({ length: count }, () => ({}));
    const terms = [...this.postings.keys()].sort();
    for (const term of terms) {
      const shard = shards[searchShardOf(term, count)] as SearchShardFile;
      shard[term] = (this.postings.get(term) as { deltas: number[] }).deltas;
    }
    return shards;
  }
}
