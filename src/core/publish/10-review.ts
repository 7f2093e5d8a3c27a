import { isoFromDay } from '../../shared/hash';
import {
  MAX_ALTERNATIVES,
  REVIEW_BELOW,
  REVIEW_LIMIT,
  REVIEW_PAGE_SIZE,
  type PlaceRef,
  type ReviewEntry,
  type ReviewPage,
} from '../../shared/schema';
import type { PublishMention } from './00-corrections';

/** A doubtful mention kept for review: the article's list position and its order in the text. */
export interface ReviewPick {
  position: number;
  seq: number;
  mention: PublishMention;
}

/**
 * Stage 10a: the review list, the least sure mentions below REVIEW_BELOW, chosen while the listed
 * articles stream by (after corrections, so a reviewed mention, certain now, is never offered
 * again; copies are not listed, as in stages 2-8). At 100k articles there are some 700,000
 * doubtful mentions, so it keeps only what can still be among the `limit` least sure: once it
 * holds twice the limit, everything above the limit-th lowest confidence is let go, and later
 * mentions above it are not kept at all. Ties at that confidence stay, since the order among
 * them depends on place counts known only at the end.
 */
export class ReviewSelection {
  /** Doubtful mentions seen, kept or not. */
  total = 0;
  // The kept mentions, a column per field: numbers in plain arrays of numbers, which the
  // collector does not walk, not an object per mention (tens of thousands, most of them ties).
  private positions: number[] = [];
  private seqs: number[] = [];
  private confidences: number[] = [];
  private placeIds: string[] = [];
  /**
   * Each kept mention, or the JSON text of the part it came in (ReviewPart.mentions) with its
   * span in `spans`: parsed only if it is picked.
   */
  private sources: (PublishMention | string)[] = [];
  private spans: number[] = [];
  private threshold = Number.POSITIVE_INFINITY;
  private pruneAt: number;

  constructor(readonly limit = REVIEW_LIMIT) {
    this.pruneAt = 2 * limit;
  }

  private get size(): number {
    return this.positions.length;
  }

  /** Offers one listed article's mentions (text order) at its list position. */
  addArticle(position: number, mentions: readonly PublishMention[]): void {
    mentions.forEach((mention, seq) => {
      if (mention.confidence >= REVIEW_BELOW) return;
      this.total += 1;
      if (mention.confidence > this.threshold) return;
      this.keep(position, seq, mention.confidence, mention.placeId, mention, 0, 0);
    });
  }

  private keep(
    position: number,
    seq: number,
    confidence: number,
    placeId: string,
    source: PublishMention | string,
    from: number,
    to: number,
  ): void {
    this.positions.push(position);
    this.seqs.push(seq);
    this.confidences.push(confidence);
    this.placeIds.push(placeId);
    this.sources.push(source);
    this.spans.push(from, to);
    if (this.size >= this.pruneAt) this.prune();
  }

  /**
   * What can still be picked, as plain data: only mentions among the `limit` least sure of this
   * selection (ties kept) can be among those of a larger one.
   */
  toPart(): ReviewPart {
    if (this.size > this.limit) this.prune();
    const places = [...new Set(this.placeIds)];
    const placeIndex = new Map(places.map((id, i) => [id, i]));
    const texts = this.sources.map((_, i) => this.mentionText(i));
    const mentionStarts = new Int32Array(texts.length + 1);
    texts.forEach((text, i) => {
      mentionStarts[i + 1] = (mentionStarts[i] as number) + text.length;
    });
    return {
      total: this.total,
      positions: Int32Array.from(this.positions),
      seqs: Int32Array.from(this.seqs),
      confidences: Float64Array.from(this.confidences),
      placeOf: Int32Array.from(this.placeIds, (id) => placeIndex.get(id) as number),
      places,
      mentions: texts.join(''),
      mentionStarts,
    };
  }

  /**
   * Adds what a selection over the articles that follow these kept, positions counted from
   * `base`. A mention among the `limit` least sure of the whole is among those of its part, so
   * the picks are those of one selection over all.
   */
  append(part: ReviewPart, base: number): void {
    this.total += part.total;
    for (let i = 0; i < part.positions.length; i++) {
      const confidence = part.confidences[i] as number;
      if (confidence > this.threshold) continue;
      this.keep(
        (part.positions[i] as number) + base,
        part.seqs[i] as number,
        confidence,
        part.places[part.placeOf[i] as number] as string,
        part.mentions,
        part.mentionStarts[i] as number,
        part.mentionStarts[i + 1] as number,
      );
    }
  }

  private prune(): void {
    const lowest = Float64Array.from(this.confidences).sort();
    this.threshold = lowest[this.limit - 1] ?? this.threshold;
    const kept: number[] = [];
    this.confidences.forEach((confidence, i) => {
      if (confidence <= this.threshold) kept.push(i);
    });
    const pick = <T>(column: T[]) => kept.map((i) => column[i] as T);
    const spans = this.spans;
    this.positions = pick(this.positions);
    this.seqs = pick(this.seqs);
    this.confidences = pick(this.confidences);
    this.placeIds = pick(this.placeIds);
    this.sources = pick(this.sources);
    this.spans = [];
    for (const i of kept) this.spans.push(spans[2 * i] as number, spans[2 * i + 1] as number);
    // Ties can keep it above twice the limit; prune again only once it has doubled.
    this.pruneAt = Math.max(2 * this.limit, 2 * this.size);
  }

  /** The i-th kept mention as JSON. */
  private mentionText(i: number): string {
    const source = this.sources[i] as PublishMention | string;
    if (typeof source !== 'string') return JSON.stringify(source);
    return source.slice(this.spans[2 * i], this.spans[2 * i + 1]);
  }

  private mention(i: number): PublishMention {
    const source = this.sources[i] as PublishMention | string;
    return typeof source === 'string'
      ? (JSON.parse(this.mentionText(i)) as PublishMention)
      : source;
  }

  /**
   * The review list, in order: confidence rising, then the place's mention count falling (the
   * correction that helps most first), then list position (newest first), then text order.
   */
  picks(mentionCount: (placeId: string) => number): ReviewPick[] {
    const { positions, seqs, confidences } = this;
    const counts = this.placeIds.map(mentionCount);
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort(
      (a, b) =>
        (confidences[a] as number) - (confidences[b] as number) ||
        (counts[b] as number) - (counts[a] as number) ||
        (positions[a] as number) - (positions[b] as number) ||
        (seqs[a] as number) - (seqs[b] as number),
    );
    return order.slice(0, this.limit).map((i) => ({
      position: positions[i] as number,
      seq: seqs[i] as number,
      mention: this.mention(i),
    }));
  }
}

/**
 * A selection as plain data (ReviewSelection.toPart), a column per field: a kept part is read
 * back at every re-run, and typed arrays and a few strings are read as copies, where an object
 * per mention was read field by field. The mentions are one JSON text, `mentionStarts[i]` to
 * `mentionStarts[i + 1]` the i-th, parsed only for those picked.
 */
export interface ReviewPart {
  total: number;
  positions: Int32Array;
  seqs: Int32Array;
  confidences: Float64Array;
  /** Each kept mention's place, as an index into `places`. */
  placeOf: Int32Array;
  places: string[];
  mentions: string;
  mentionStarts: Int32Array;
}

/** What a review entry is made of besides its mention: the article, the passage, the places. */
export interface ReviewContext {
  article(position: number): { id: string; title: string; day: number | null };
  /** The passage's offset in the article text and its text. */
  passage(position: number, passageIndex: number): { start: number; text: string };
  place(id: string): PlaceRef | undefined;
}

/** Stage 10b: the review list's pages, REVIEW_PAGE_SIZE entries each, in review order. */
export function reviewPages(picks: readonly ReviewPick[], context: ReviewContext): ReviewPage[] {
  const pages: ReviewPage[] = [];
  for (let i = 0; i < picks.length; i += REVIEW_PAGE_SIZE) {
    const entries = picks.slice(i, i + REVIEW_PAGE_SIZE).map((pick) => reviewEntry(pick, context));
    pages.push({ entries });
  }
  return pages;
}

function reviewEntry({ position, mention }: ReviewPick, context: ReviewContext): ReviewEntry {
  const article = context.article(position);
  const passage = context.passage(position, mention.passageIndex);
  return {
    articleId: article.id,
    title: article.title,
    date: article.day === null ? null : isoFromDay(article.day),
    passageIndex: mention.passageIndex,
    start: passage.start,
    text: passage.text,
    mention: { start: mention.start, end: mention.end, text: mention.text },
    placeId: mention.placeId,
    confidence: mention.confidence,
    alternatives: mention.alternatives.slice(0, MAX_ALTERNATIVES).flatMap((id) => {
      const place = context.place(id);
      return place ? [place] : [];
    }),
  };
}
