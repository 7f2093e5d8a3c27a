import { MAX_ALTERNATIVES, type Mention } from '../../shared/schema';

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
  readonly refs: number[] = [];
  readonly offsets: number[] = [];
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
    return [...this.days].sort(([a], [b]) => a - b).flat();
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

  /** Adds one article's mentions (text order) and returns each mention's rank. */
  addArticle(position: number, day: number | null, mentions: readonly TallyMention[]): number[] {
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
        place.refs.push(position, passage, place.offsets.length / 2, 0);
      }
      const refs = place.refs;
      refs[refs.length - 1] = (refs[refs.length - 1] ?? 0) + 1;
      place.offsets.push(mention.start, mention.end);
      ranks.push(place.passageCount - 1);
      this.countMention(place, mention, position, day);
    }
    this.countPairs(inPassage);
    return ranks;
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
    for (const alternative of mention.alternatives) {
      if (place.alternatives.length >= MAX_ALTERNATIVES) break;
      if (alternative !== place.id && !place.alternatives.includes(alternative)) {
        place.alternatives.push(alternative);
      }
    }
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

const PAIR_BASE = 2 ** 26;

/** One number for an unordered pair of place indices (fewer than 2^26 places). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
}

export function pairOf(key: number): [number, number] {
  return [Math.floor(key / PAIR_BASE), key % PAIR_BASE];
}
