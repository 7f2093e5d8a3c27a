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
  private kept: ReviewPick[] = [];
  private threshold = Number.POSITIVE_INFINITY;
  private pruneAt: number;

  constructor(readonly limit = REVIEW_LIMIT) {
    this.pruneAt = 2 * limit;
  }

  /** Offers one listed article's mentions (text order) at its list position. */
  addArticle(position: number, mentions: readonly PublishMention[]): void {
    mentions.forEach((mention, seq) => {
      if (mention.confidence >= REVIEW_BELOW) return;
      this.total += 1;
      if (mention.confidence > this.threshold) return;
      this.kept.push({ position, seq, mention });
      if (this.kept.length >= this.pruneAt) this.prune();
    });
  }

  /**
   * What can still be picked, as plain data: only mentions among the `limit` least sure of this
   * selection (ties kept) can be among those of a larger one.
   */
  toPart(): ReviewPart {
    if (this.kept.length > this.limit) this.prune();
    return { total: this.total, kept: this.kept };
  }

  /**
   * Adds what a selection over the articles that follow these kept, positions counted from
   * `base`. A mention among the `limit` least sure of the whole is among those of its part, so
   * the picks are those of one selection over all.
   */
  append(part: ReviewPart, base: number): void {
    this.total += part.total;
    for (const pick of part.kept) {
      if (pick.mention.confidence > this.threshold) continue;
      this.kept.push({ ...pick, position: pick.position + base });
      if (this.kept.length >= this.pruneAt) this.prune();
    }
  }

  private prune(): void {
    const lowest = this.kept.map((p) => p.mention.confidence).sort((a, b) => a - b);
    this.threshold = lowest[this.limit - 1] ?? this.threshold;
    this.kept = this.kept.filter((p) => p.mention.confidence <= this.threshold);
    // Ties can keep it above twice the limit; prune again only once it has doubled.
    this.pruneAt = Math.max(2 * this.limit, 2 * this.kept.length);
  }

  /**
   * The review list, in order: confidence rising, then the place's mention count falling (the
   * correction that helps most first), then list position (newest first), then text order.
   */
  picks(mentionCount: (placeId: string) => number): ReviewPick[] {
    return [...this.kept]
      .sort(
        (a, b) =>
          a.mention.confidence - b.mention.confidence ||
          mentionCount(b.mention.placeId) - mentionCount(a.mention.placeId) ||
          a.position - b.position ||
          a.seq - b.seq,
      )
      .slice(0, this.limit);
  }
}

/** A selection as plain data (ReviewSelection.toPart). */
export interface ReviewPart {
  total: number;
  kept: ReviewPick[];
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
