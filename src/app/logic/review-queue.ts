import type { PlaceRow } from '../../shared/schema';

/** Places below this confidence are worth a reviewer's look. */
export const REVIEW_BELOW = 0.9;

/**
 * What to review, least sure first: each place at its least sure mention (a place's confidence is
 * the lowest of its mentions'), ties by most mentioned, then name.
 */
export function reviewQueue(places: readonly PlaceRow[]): PlaceRow[] {
  return places
    .filter((p) => p.confidence < REVIEW_BELOW)
    .sort(
      (a, b) =>
        a.confidence - b.confidence ||
        b.mentionCount - a.mentionCount ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
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
