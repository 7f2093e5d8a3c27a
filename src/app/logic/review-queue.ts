import type { ReviewEntry } from '../../shared/schema';

/** One review entry's identity across rebuilds of the data: its article and where it starts. */
export function entryKey(entry: ReviewEntry): string {
  return `${entry.articleId}\u0000${entry.mention.start}`;
}

/** What the review shows next: an entry, a page to fetch first, or the end of the list. */
export type NextReview = { entry: ReviewEntry } | { page: number } | { done: true };

/**
 * The first entry of the review list (pages of it in order, `undefined` while one is not loaded)
 * that the reviewer has not yet passed this session. Each save rebuilds the list without the
 * mentions it decided, so the list is read afresh each time, in the same rising order; `passed`
 * holds the skipped ones, and those saved whose rebuild has not arrived yet.
 */
export function nextReview(
  pageCount: number,
  page: (k: number) => readonly ReviewEntry[] | undefined,
  passed: ReadonlySet<string>,
): NextReview {
  for (let k = 0; k < pageCount; k++) {
    const entries = page(k);
    if (!entries) return { page: k };
    const entry = entries.find((e) => !passed.has(entryKey(e)));
    if (entry) return { entry };
  }
  return { done: true };
}

/** Keys the review takes when it has focus; one action each, no modifier. */
export type ReviewAction =
  | { kind: 'accept' }
  | { kind: 'not-a-place' }
  | { kind: 'skip' }
  | { kind: 'alternative'; index: number };

export function reviewKey(key: string): ReviewAction | undefined {
  const lower = key.toLowerCase();
  if (lower === 'a') return { kind: 'accept' };
  if (lower === 'n') return { kind: 'not-a-place' };
  if (lower === 's') return { kind: 'skip' };
  if (/^[1-3]$/.test(key)) return { kind: 'alternative', index: Number(key) - 1 };
  return undefined;
}
