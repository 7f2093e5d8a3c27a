import { PLACE_KINDS, type PlaceKind } from '../../shared/place';
import { fromAscii, toAscii } from './ascii';
import { asciiBytes, asciiText, Lines } from './lines';
import { nameKey } from './normalize';
import type { NameSource } from './types';
import type { Attribution, GazetteerIndex, PlaceRef } from '../../shared/schema';

/** A gazetteer entry: the reported PlaceRef plus what the resolver ranks by. */
export interface GazPlace extends PlaceRef {
  /** Position in the index; stable within one loaded gazetteer. */
  index: number;
  population: number;
  /** GeoNames feature code for cities ('PPLC', 'PPLA', 'PPL' ...), '' otherwise. */
  feature: string;
  /** "US.GA" for places inside (or being) a first-level division, '' otherwise. */
  admin1: string;
}

/** One way a looked-up name reaches a place. */
export interface NameMatch {
  place: GazPlace;
  source: NameSource;
}

/** Name lines a search reads at most. */
const SEARCH_SCAN = 400;
/**
 * Answers remembered before a memory is cleared: recognition asks about every capitalised word
 * of every text, and the same few thousand ("The", "He", "United") most often.
 */
const MEMO_LIMIT = 100_000;

/** A remembered answer, or the computed one remembered; the memory is cleared when full. */
function remembered<K>(memo: Map<K, boolean>, key: K, answer: (key: K) => boolean): boolean {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const computed = answer(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, computed);
  return computed;
}

function parseTable(bytes: Uint8Array, onLine: (key: string, value: string) => void): void {
  for (const line of fromAscii(asciiText(bytes)).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) onLine(line.slice(0, tab), line.slice(tab + 1));
  }
}

function isPlaceKind(k: string): k is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(k);
}

/** The most words in a name of the names table: recognition never tries longer spans. */
export function maxWords(names: Lines): number {
  const { bytes } = names;
  let most = 1;
  for (let i = 0; i < names.count; i++) {
    let words = 1;
    for (let at = names.start(i), end = names.end(i); at < end && bytes[at] !== TAB; at++) {
      if (bytes[at] === SPACE) words++;
    }
    if (words > most) most = words;
  }
  return most;
}

const TAB = 0x09;
const SPACE = 0x20;

/**
 * Look-ups over the prebuilt index: names to candidate places, demonyms to countries, country
 * neighbours, common words. Pure: built from data that the caller has already read. The large
 * tables stay the ASCII bytes read from the file (see ascii.ts, lines.ts); a place or name line
 * is decoded, and unescaped, only when looked up.
 */
export class Gazetteer {
  readonly attribution: Attribution[];
  /** Number of places. */
  readonly size: number;
  /** Longest name in words: recognition never tries longer spans. */
  readonly maxNameWords: number;
  private readonly placeLines: Lines;
  /** The line of the first town: the builder writes the GeoNames towns last. */
  private readonly firstTown: number;
  /** Sorted "key\tvalue" lines, searched by bisection (a Map of 360k keys costs 200 ms to build). */
  private readonly nameLines: Lines;
  private readonly demonyms = new Map<string, number>();
  private readonly borders = new Map<string, Set<string>>();
  /** Sorted lines, searched by bisection: a Set of their 40,000 words cost a start ~40 ms. */
  private readonly commonWords: Lines;
  private readonly givenNames: Lines;
  /** Line numbers by place id, made on first use: towns ("gn:") apart, as only a reader's pick asks for one. */
  private readonly byId = { towns: new Map<string, number>(), others: new Map<string, number>() };
  private readonly placeCache = new Map<number, GazPlace>();
  /** Parsed look-ups by escaped key; a text repeats its names, a corpus its countries. */
  private readonly lookups = new Map<string, readonly NameMatch[]>();
  /** Answers of `hasPrefix`, each a bisection of the name lines otherwise. */
  private readonly prefixes = new Map<string, boolean>();
  /** Answers of `isCommonWord` and `isGivenName`: a bisection each otherwise, asked of most words. */
  private readonly common = new Map<string, boolean>();
  private readonly given = new Map<string, boolean>();

  constructor(index: GazetteerIndex) {
    this.attribution = index.attribution;
    this.placeLines = new Lines(index.places, index.placeStarts);
    this.size = this.placeLines.count;
    this.firstTown = index.firstTown;
    this.nameLines = new Lines(index.names, index.nameStarts);
    this.maxNameWords = index.maxNameWords;
    parseTable(index.demonyms, (key, value) => this.demonyms.set(key, Number(value)));
    parseTable(index.borders, (key, value) =>
      this.borders.set(key, new Set(value.split(',').filter((c) => c !== ''))),
    );
    this.commonWords = new Lines(index.commonWords);
    this.givenNames = new Lines(index.givenNames);
  }

  /** The place on index line i; throws on a line outside the index (a programming error). */
  place(i: number): GazPlace {
    const cached = this.placeCache.get(i);
    if (cached) return cached;
    const place = this.readPlace(i);
    this.placeCache.set(i, place);
    return place;
  }

  /** Every place, in index order, read afresh (the basemap's labels go through them all once). */
  *places(): Generator<GazPlace> {
    for (let i = 0; i < this.size; i++) yield this.readPlace(i);
  }

  private readPlace(i: number): GazPlace {
    const escaped = this.placeLines.at(i);
    if (escaped === undefined) throw new RangeError(`no place at index ${i}`);
    const [id = '', name = '', kind = '', lat, lon, country = '', pop, feature = '', admin1 = ''] =
      fromAscii(escaped).split('\t');
    return {
      index: i,
      id,
      name,
      kind: isPlaceKind(kind) ? kind : 'city',
      lat: Number(lat),
      lon: Number(lon),
      country: country === '' ? null : country,
      population: Number(pop) || 0,
      feature,
      admin1,
    };
  }

  /** A place by its stable id ("country:RU", "gn:524901", "adm1:US.GA"). */
  byPlaceId(id: string): GazPlace | undefined {
    const town = id.startsWith('gn:');
    const ids = town ? this.byId.towns : this.byId.others;
    if (ids.size === 0) {
      const lines = this.placeLines;
      const [from, to] = town ? [this.firstTown, lines.count] : [0, this.firstTown];
      // Ids are ASCII: a line's first field is its id as it is. The range is decoded as one
      // string: its ids are then found by the engine's string search, several times faster
      // than line by line over the bytes (this runs in every geoparse, before the JIT warms up).
      const base = lines.start(from);
      const text = from < to ? asciiText(lines.bytes, base, lines.end(to - 1)) : '';
      for (let i = from; i < to; i++) {
        const at = lines.start(i) - base;
        ids.set(text.slice(at, text.indexOf('\t', at)), i);
      }
    }
    const i = ids.get(id);
    return i === undefined ? undefined : this.place(i);
  }

  /** Every place a name can refer to (any case, accents and dots ignored). */
  lookup(name: string): readonly NameMatch[] {
    return this.lookupKey(nameKey(name));
  }

  /** Like `lookup` for a key already made with `nameKey`. */
  lookupKey(key: string): readonly NameMatch[] {
    return this.lookupEscaped(toAscii(key));
  }

  private lookupEscaped(key: string): readonly NameMatch[] {
    const cached = this.lookups.get(key);
    if (cached) return cached;
    const line = this.findLine(key);
    const matches =
      line === undefined
        ? []
        : line
            .slice(key.length + 1)
            .split(',')
            .map((pair) => {
              const [p, s] = pair.split(':');
              return { place: this.place(Number(p)), source: Number(s) as NameSource };
            });
    this.lookups.set(key, matches);
    return matches;
  }

  /** True when the key is a name. */
  hasKey(key: string): boolean {
    return this.findLine(toAscii(key)) !== undefined;
  }

  /** True when some name starts with this text (recognition stops extending a span otherwise). */
  hasPrefix(prefix: string): boolean {
    return remembered(
      this.prefixes,
      prefix,
      () => this.nameLines.startingWith(asciiBytes(toAscii(prefix))) >= 0,
    );
  }

  /**
   * Places whose name is the query or starts with it, for a reader choosing a place by hand: the
   * exact name's places first, then by kind (coarsest first) and population. Namesakes all come
   * back; the caller tells them apart by country and division.
   */
  search(query: string, limit = 20): GazPlace[] {
    const key = toAscii(nameKey(query));
    if (key === '') return [];
    const lo = this.nameLines.lowerBound(asciiBytes(key));
    const found = new Map<number, { place: GazPlace; exact: boolean }>();
    // Enough names sharing the prefix to rank; a short query ("sa") has thousands.
    for (let i = lo, seen = 0; i < this.nameLines.count && seen < SEARCH_SCAN; i++, seen++) {
      const line = this.nameLines.at(i) ?? '';
      if (!line.startsWith(key)) break;
      const tab = line.indexOf('\t');
      const exact = tab === key.length;
      for (const { place } of this.lookupEscaped(line.slice(0, tab))) {
        const known = found.get(place.index);
        if (!known || (exact && !known.exact)) found.set(place.index, { place, exact });
      }
    }
    const rank = (k: PlaceKind) => PLACE_KINDS.indexOf(k);
    return [...found.values()]
      .sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          rank(a.place.kind) - rank(b.place.kind) ||
          b.place.population - a.place.population ||
          a.place.index - b.place.index,
      )
      .slice(0, limit)
      .map((f) => f.place);
  }

  /** The name line of an escaped key. */
  private findLine(key: string): string | undefined {
    // '\t' sorts before every character of a key, so line order is key order.
    return this.nameLines.at(this.nameLines.startingWith(asciiBytes(`${key}\t`)));
  }

  /** The country a demonym or adjective names ("Russian" -> Russia), if any. */
  demonym(word: string): GazPlace | undefined {
    return this.demonymKey(nameKey(word));
  }

  /** Like `demonym` for a key already made with `nameKey`. */
  demonymKey(key: string): GazPlace | undefined {
    const i = this.demonyms.get(key);
    return i === undefined ? undefined : this.place(i);
  }

  /** True when the two countries (ISO alpha-2) share a land border. */
  areNeighbours(a: string, b: string): boolean {
    return this.borders.get(a)?.has(b) ?? false;
  }

  /** True for a common English word ("march", "bath"): capitalised, it is a place only with support. */
  isCommonWord(word: string): boolean {
    return remembered(this.common, word, () =>
      this.commonWords.has(asciiBytes(toAscii(word.toLowerCase()))),
    );
  }

  /** "Michael", "Condoleezza": a given name in English-language news, and no common word. */
  isGivenName(word: string): boolean {
    return remembered(this.given, word, () =>
      this.givenNames.has(asciiBytes(toAscii(word.toLowerCase()))),
    );
  }

  /** The admin1 place for a key like "US.GA". */
  admin1(code: string): GazPlace | undefined {
    return this.byPlaceId(`adm1:${code}`);
  }

  /** The country place for an ISO alpha-2 code. */
  country(code: string): GazPlace | undefined {
    return this.byPlaceId(`country:${code}`);
  }
}
