import { MAX_ALTERNATIVES, type Mention } from '../../shared/schema';
import { IntColumn } from './int-column';

/** A mention as the tally needs it: where it is, what it names and how sure the geoparser was. */
export interface TallyMention extends Omit<Mention, 'articleId'> {
  /** Place ids of the runner-up readings, best first. */
  alternatives: readonly string[];
}

/** At most this many search names per place, as the layout says. */
const MAX_NAMES = 5;

/**
 * Everything known about one place after the tally. `refs` lists its passages in list order as
 * flat quadruples [articlePosition, passageIndex, firstOffset, offsetCount]; `offsets` holds the
 * [start, end] pairs of its mentions, so a passage page can be built without the article texts.
 */
export class PlaceStats {
  mentionCount = 0;
  articleCount = 0;
  confidence = 1;
  readonly alternatives: string[] = [];
  readonly names = new Map<string, number>();
  readonly days = new Map<number, number>();
  readonly refs = new IntColumn();
  readonly offsets = new IntColumn();
  lastArticle = -1;

  constructor(
    readonly id: string,
    readonly index: number,
  ) {}

  get passageCount(): number {
    return this.refs.length / 4;
  }

  /** [day, count] pairs sorted by day, as PlaceRow.days. */
  dayPairs(): number[] {
    // Days sorted, then paired by hand: flat() over [day, count] pairs cost more than the sort.
    const days = [...this.days.keys()].sort((a, b) => a - b);
    const pairs = new Array<number>(days.length * 2);
    days.forEach((day, i) => {
      pairs[i * 2] = day;
      pairs[i * 2 + 1] = this.days.get(day) as number;
    });
    return pairs;
  }

  /** The most used surface forms (form 'name'), most used first. */
  topNames(): string[] {
    return [...this.names]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_NAMES)
      .map(([name]) => name);
  }
}

/**
 * Stage 3: walks the articles in list order (newest first) and counts, per place, mentions,
 * articles, days, names and passages; each mention gets its rank, the position of its passage in
 * the place's passage list. Pairs of places sharing a passage are counted for links and
 * "Mentioned with". Holds compact numbers only, never article text.
 */
export class PlaceTally {
  readonly places = new Map<string, PlaceStats>();
  readonly byIndex: PlaceStats[] = [];
  /** Passages shared by two places, keyed by pairKey(lower index, higher index). */
  readonly pairs = new Map<number, number>();

  /**
   * Adds one article's mentions (text order) and returns each mention's rank; the index of each
   * mention's place goes to `placesOut` when given.
   */
  addArticle(
    position: number,
    day: number | null,
    mentions: readonly TallyMention[],
    placesOut?: { push(index: number): void },
  ): number[] {
    const ranks: number[] = [];
    let passage = -1;
    let inPassage: PlaceStats[] = [];
    for (const mention of mentions) {
      if (mention.passageIndex !== passage) {
        this.countPairs(inPassage);
        inPassage = [];
        passage = mention.passageIndex;
      }
      const place = this.place(mention.placeId);
      if (!inPassage.includes(place)) {
        inPassage.push(place);
        place.refs.push(position);
        place.refs.push(passage);
        place.refs.push(place.offsets.length / 2);
        place.refs.push(0);
      }
      const refs = place.refs;
      refs.set(refs.length - 1, refs.at(refs.length - 1) + 1);
      place.offsets.push(mention.start);
      place.offsets.push(mention.end);
      ranks.push(place.passageCount - 1);
      placesOut?.push(place.index);
      this.countMention(place, mention, position, day);
    }
    this.countPairs(inPassage);
    return ranks;
  }

  /** The tally as plain data, to be kept (a block of the list) and appended later. */
  toPart(): TallyPart {
    const places = this.byIndex.map((p): PlacePart => ({
      id: p.id,
      mentionCount: p.mentionCount,
      articleCount: p.articleCount,
      confidence: p.confidence,
      alternatives: p.alternatives,
      names: [...p.names],
      days: Int32Array.from([...p.days].flat()),
      refs: p.refs.copy(),
      offsets: p.offsets.copy(),
      lastArticle: p.lastArticle,
    }));
    return { places, pairs: Float64Array.from([...this.pairs].flat()) };
  }

  /**
   * Adds a tally of the articles that follow these in the list, their positions counted from
   * `base`: counts and days add, confidence is the least, alternatives keep their first-seen
   * order, passages and offsets follow these, places and pairs new here come after the ones
   * known, as a walk over both would have met them. Returns, for each place of the part, its
   * passages before the part (to turn the part's ranks into ranks of the whole) and its index.
   */
  append(part: TallyPart, base: number): { passagesBefore: number[]; index: number[] } {
    const passagesBefore: number[] = [];
    const index: number[] = [];
    for (const p of part.places) {
      const place = this.place(p.id);
      index.push(place.index);
      passagesBefore.push(place.passageCount);
      const offsetBase = place.offsets.length / 2;
      const { refs } = place;
      const from = refs.length;
      refs.append(p.refs);
      // Positions move by the articles before, offset indices by the place's offsets before.
      const added = refs.view(from);
      for (let r = 0; r < added.length; r += 4) {
        added[r] = (added[r] as number) + base;
        added[r + 2] = (added[r + 2] as number) + offsetBase;
      }
      place.offsets.append(p.offsets);
      place.mentionCount += p.mentionCount;
      place.articleCount += p.articleCount;
      place.confidence = Math.min(place.confidence, p.confidence);
      addAlternatives(place, p.alternatives);
      for (const [name, count] of p.names) {
        place.names.set(name, (place.names.get(name) ?? 0) + count);
      }
      for (let d = 0; d < p.days.length; d += 2) {
        const day = p.days[d] as number;
        place.days.set(day, (place.days.get(day) ?? 0) + (p.days[d + 1] as number));
      }
      if (p.lastArticle >= 0) place.lastArticle = p.lastArticle + base;
    }
    for (let k = 0; k < part.pairs.length; k += 2) {
      const [a, b] = pairOf(part.pairs[k] as number);
      const key = pairKey(index[a] as number, index[b] as number);
      this.pairs.set(key, (this.pairs.get(key) ?? 0) + (part.pairs[k + 1] as number));
    }
    return { passagesBefore, index };
  }

  /** The index of a place the tally has met (as PlaceStats.index). */
  indexOf(id: string): number {
    return this.place(id).index;
  }

  private place(id: string): PlaceStats {
    let place = this.places.get(id);
    if (!place) {
      place = new PlaceStats(id, this.byIndex.length);
      this.places.set(id, place);
      this.byIndex.push(place);
    }
    return place;
  }

  private countMention(
    place: PlaceStats,
    mention: TallyMention,
    position: number,
    day: number | null,
  ): void {
    place.mentionCount += 1;
    if (place.lastArticle !== position) {
      place.articleCount += 1;
      place.lastArticle = position;
    }
    place.confidence = Math.min(place.confidence, mention.confidence);
    addAlternatives(place, mention.alternatives);
    if (mention.form === 'name') {
      place.names.set(mention.text, (place.names.get(mention.text) ?? 0) + 1);
    }
    if (day !== null) place.days.set(day, (place.days.get(day) ?? 0) + 1);
  }

  private countPairs(places: readonly PlaceStats[]): void {
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const key = pairKey((places[i] as PlaceStats).index, (places[j] as PlaceStats).index);
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
  }
}

/** Runner-up readings not yet among the place's own, up to MAX_ALTERNATIVES, first seen first. */
function addAlternatives(place: PlaceStats, alternatives: readonly string[]): void {
  for (const alternative of alternatives) {
    if (place.alternatives.length >= MAX_ALTERNATIVES) break;
    if (alternative !== place.id && !place.alternatives.includes(alternative)) {
      place.alternatives.push(alternative);
    }
  }
}

/** One place of a tally as plain data (PlaceTally.toPart). */
export interface PlacePart {
  id: string;
  mentionCount: number;
  articleCount: number;
  confidence: number;
  alternatives: string[];
  names: [string, number][];
  /** [day, count] pairs, flat, in first-seen order. */
  days: Int32Array;
  refs: Int32Array;
  offsets: Int32Array;
  lastArticle: number;
}

/**
 * A tally as plain data: its places in index order, and its pairs as flat [key, count]. The
 * numbers are typed arrays: a kept part is read back at every re-run, and a typed array is read
 * as one copy where a plain one is read number by number (pair keys need 52 bits: doubles).
 */
export interface TallyPart {
  places: PlacePart[];
  pairs: Float64Array;
}

const PAIR_BASE = 2 ** 26;

/** One number for an unordered pair of place indices (fewer than 2^26 places). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
}

export function pairOf(key: number): [number, number] {
  return [Math.floor(key / PAIR_BASE), key % PAIR_BASE];
}
