import MiniSearch from 'minisearch';
import { fold as foldTerm, MIN_TERM_LENGTH } from '../../shared/hash';
import type { PlaceRow, SearchShardFile } from '../../shared/schema';
import type { DataIndex } from '../data/data-index';
import { COUNTRY_ALIASES } from './aliases';
import { placeAccessibleName, placeLabel } from './labels';
import { nextTask } from './next-task';

export interface SearchHit {
  kind: 'place' | 'article';
  id: string;
  /** What the option reads out, e.g. "Sochi, Russia: 1 mention". */
  label: string;
  /** Why it matched, when that is not the name itself: "also called US", "in the text: Putin". */
  why: string | null;
}

/** Lower case without accents or dots, so "sao" finds "São Paulo" and "U.S." finds "US". */
export function fold(text: string): string {
  return foldTerm(text).replace(/[.'’]/g, '');
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

interface PlaceDoc {
  id: string;
  name: string;
  /** Other names: the articles' own spellings, aliases and demonyms. */
  other: string;
}

/** The place search: a MiniSearch index of names, with the alternative names beside it. */
export interface PlaceSearch {
  mini: MiniSearch<PlaceDoc>;
  /** Folded alternative name -> how to say it matched, per place. */
  otherNames: Map<string, Map<string, string>>;
}

/** A place search being built: the places before `next` are in it. */
interface Building {
  search: PlaceSearch;
  next: number;
}

const building = new WeakMap<DataIndex, Building>();
const aliasesByCountry = new Map(COUNTRY_ALIASES.map((row) => [row.country, row]));

function startBuilding(index: DataIndex): Building {
  const known = building.get(index);
  if (known) return known;
  const mini = new MiniSearch<PlaceDoc>({
    fields: ['name', 'other'],
    tokenize: (text) => text.split(/[\s|,/()-]+/),
    processTerm: (term) => fold(term) || null,
    searchOptions: { prefix: true, boost: { name: 2 } },
  });
  const started = { search: { mini, otherNames: new Map() }, next: 0 };
  building.set(index, started);
  return started;
}

/** Adds the places from `building.next` up to `end` to the search. */
function addPlaces({ search, next }: Building, places: readonly PlaceRow[], end: number): void {
  for (let i = next; i < end; i++) {
    const place = places[i];
    if (!place) continue;
    const others = new Map<string, string>();
    // The first way of writing a folded name says why it matched ("US", not "U.S.").
    const add = (name: string, why: string) => {
      const folded = fold(name);
      if (folded !== fold(place.name) && !others.has(folded)) others.set(folded, why);
    };
    for (const name of place.names) add(name, `named “${name}” in articles`);
    const row = place.kind === 'country' && place.country && aliasesByCountry.get(place.country);
    if (row) {
      for (const alias of row.aliases) add(alias, `also called ${alias}`);
      for (const demonym of row.demonyms) add(demonym, `${demonym}, demonym`);
    }
    search.otherNames.set(place.id, others);
    search.mini.add({ id: place.id, name: place.name, other: [...others.keys()].join(' | ') });
  }
}

/**
 * The place index of a data index, built once. MiniSearch keeps a radix tree of terms, so a
 * keystroke costs the matching terms, not a scan of every place and name: the cost that grew with
 * the collection (issue 7). It also brings prefix and fuzzy matching that a hand-written scan
 * would have to reimplement. What `prepareSearchInSlices` has not added yet is added here at once.
 */
export function prepareSearch(index: DataIndex): PlaceSearch {
  const started = startBuilding(index);
  const { places } = index.data;
  addPlaces(started, places, places.length);
  started.next = places.length;
  return started.search;
}

// Long enough to add a few hundred places, short enough that a keystroke is not held up.
const SLICE_MS = 15;

/**
 * Builds the place index in slices of a few milliseconds, a new task each, so that the ~20,000
 * places of a 100,000-article collection (170-380 ms in one piece) hold no task long (issue 7).
 */
export async function prepareSearchInSlices(index: DataIndex): Promise<void> {
  const started = startBuilding(index);
  const { places } = index.data;
  while (started.next < places.length) {
    const deadline = performance.now() + SLICE_MS;
    while (started.next < places.length && performance.now() < deadline) {
      const end = Math.min(started.next + 100, places.length);
      addPlaces(started, places, end);
      started.next = end;
    }
    if (started.next < places.length) await nextTask();
  }
}

// 0 best: the exact name, then an exact other name, then the name's start, then a word's start.
function tier(name: string, query: string): number {
  const folded = fold(name);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 2;
  return words(name).some((w) => w.startsWith(query)) ? 3 : 4;
}

/**
 * Places whose name, spelling in the articles, alias or demonym matches, best first, counted as
 * in `index`. `names` is the index whose names are searched: the loaded index, whose search is
 * built once, since the places' day series or copies' counts swapped in later change no name.
 */
export function searchPlaces(
  index: DataIndex,
  rawQuery: string,
  names: DataIndex = index,
  limit = 8,
): SearchHit[] {
  const query = fold(rawQuery.trim());
  if (!query) return [];
  const { mini, otherNames } = prepareSearch(names);
  const scored: { place: PlaceRow; tier: number; why: string | null }[] = [];
  for (const result of mini.search(query, { prefix: true, combineWith: 'AND' })) {
    const place = index.placeById.get(String(result.id));
    if (!place) continue;
    let best = tier(place.name, query);
    let why: string | null = null;
    for (const [other, reason] of otherNames.get(place.id) ?? []) {
      const t = other === query ? 1 : tier(other, query) + 0.5;
      if (t < best) {
        best = t;
        why = reason;
      }
    }
    scored.push({ place, tier: best, why });
  }
  return scored
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        b.place.mentionCount - a.place.mentionCount ||
        placeLabel(a.place).localeCompare(placeLabel(b.place)),
    )
    .slice(0, limit)
    .map(({ place, why }) => ({
      kind: 'place',
      id: place.id,
      label: placeAccessibleName(place, place.mentionCount),
      why,
    }));
}

/** The query's words that the body/title index can look up (it keys words of 3+ characters). */
export function articleQueryWords(rawQuery: string): string[] {
  return [...new Set(words(rawQuery))].filter((w) => w.length >= MIN_TERM_LENGTH);
}

// A very common prefix ("sta") matches many terms; the shortest are the likeliest meant.
const MAX_TERMS_PER_WORD = 40;

/**
 * Articles whose titles or bodies hold every query word (each matched as a prefix of an indexed
 * term), newest first. `shards[i]` is the search shard of `queryWords[i]`; positions index the
 * article list. Returns the positions and, per position, the term that matched first.
 */
export function matchArticles(
  queryWords: readonly string[],
  shards: readonly (SearchShardFile | null)[],
  articleCount: number,
  limit: number,
): { position: number; term: string }[] {
  const hits = new Uint8Array(articleCount);
  const firstTerm = new Map<number, string>();
  queryWords.forEach((word, w) => {
    const shard = shards[w];
    if (!shard) return;
    const terms = Object.keys(shard)
      .filter((term) => term.startsWith(word))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
      .slice(0, MAX_TERMS_PER_WORD);
    for (const term of terms) {
      let position = 0;
      for (const [i, delta] of (shard[term] ?? []).entries()) {
        position = i === 0 ? delta : position + delta;
        if (position < 0 || position >= articleCount || hits[position] !== w) continue;
        hits[position] = w + 1;
        if (w === 0) firstTerm.set(position, term);
      }
    }
  });
  const out: { position: number; term: string }[] = [];
  for (const [position, term] of firstTerm) {
    if (hits[position] === queryWords.length) out.push({ position, term });
  }
  return out.sort((a, b) => a.position - b.position).slice(0, limit);
}
