import {
  DuplicateIndex,
  type CopyKind,
  type DuplicateCounts,
  type Fingerprint,
} from './duplicates';

/** One article as grouping sees it: when it was published, how long it is, its fingerprint. */
export interface StoryCandidate {
  id: string;
  /** Days since 1970-01-01, or null when undated. */
  day: number | null;
  /** Characters of the body. */
  length: number;
  fingerprint: Fingerprint;
}

export interface CopyOf {
  /** The id of the story's canonical article. */
  canonical: string;
  kind: CopyKind;
}

export interface Stories {
  /** Every copy, by id; an article not here is the canonical copy of its own story. */
  copies: Map<string, CopyOf>;
  counts: DuplicateCounts & { stories: number };
}

/**
 * The order in which a story's copies compete to be its canonical article: the earliest date
 * first (the original, not a later reprint; undated last), then the longest body (a trimmed
 * copy loses to the full one), then the id, so the choice never depends on reading order.
 */
export function canonicalOrder(a: StoryCandidate, b: StoryCandidate): number {
  if (a.day !== b.day) {
    if (a.day === null) return 1;
    if (b.day === null) return -1;
    return a.day - b.day;
  }
  return b.length - a.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Groups articles into stories: exact copies (the same words) and near copies (most of the same
 * word 5-grams, see DuplicateIndex) join the story of the first article in canonical order they
 * match. A function of the set of articles alone: the same collection read in any order, or
 * reached by any sequence of incremental runs, gives the same groups.
 */
export function groupStories(candidates: readonly StoryCandidate[]): Stories {
  const index = new DuplicateIndex();
  const copies = new Map<string, CopyOf>();
  for (const candidate of [...candidates].sort(canonicalOrder)) {
    const copy = index.addFingerprint(candidate.id, candidate.fingerprint);
    if (copy) copies.set(candidate.id, copy);
  }
  return { copies, counts: { ...index.counts, stories: index.stories } };
}
