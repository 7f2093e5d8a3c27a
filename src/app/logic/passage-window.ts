import { dayFromIso } from '../../shared/hash';
import { PASSAGE_PAGE_SIZE, type PlacePassage, type PlaceRow } from '../../shared/schema';
import { inRange, isOpen, type DayRange } from './filters';

/** Pages of a place's passage list, first and last inclusive. */
export interface PageSpan {
  first: number;
  last: number;
}

/** A stretch of a place's passage list by rank: `start` inclusive, `end` exclusive. */
export interface RankSpan {
  start: number;
  end: number;
}

/**
 * Whether the place's passages can be cut to a date window: with no window there is nothing to
 * cut, and data from before pageDays (a place of several pages without them) lists them all.
 */
export function followsWindow(
  place: Pick<PlaceRow, 'pages' | 'pageDays'>,
  range: DayRange,
): boolean {
  return !isOpen(range) && (place.pages.length <= 1 || place.pageDays !== undefined);
}

/**
 * The pages that hold the window's passages, from the day each page starts on; null when none
 * can. The list runs newest first with undated passages last, so the window's passages are one
 * run: it starts in the page before the first page to start inside or before the window's end
 * (or in that page itself), and ends in the last page to start inside or after its beginning.
 * A place of several pages needs its pageDays (see followsWindow).
 */
export function windowPages(
  place: Pick<PlaceRow, 'pages' | 'pageDays'>,
  range: DayRange,
): PageSpan | null {
  const count = place.pages.length;
  if (count <= 1) return count === 0 ? null : { first: 0, last: 0 };
  const starts = place.pageDays ?? [];
  const to = range.to ?? Infinity;
  const from = range.from ?? -Infinity;
  let reached = starts.findIndex((day) => day === null || day <= to);
  if (reached < 0) reached = count;
  let last = -1;
  for (let k = 0; k < count; k++) {
    const day = starts[k] ?? null;
    if (day !== null && day >= from) last = k;
  }
  const first = Math.max(0, reached - 1);
  return last < first ? null : { first, last };
}

/**
 * The ranks of the window's passages, once the span's first and last pages are known: the first
 * passage inside the window in the first page (or the next page's start when the first page lies
 * wholly after the window), through the last one inside it in the last page.
 */
export function windowRanks(
  span: PageSpan,
  firstPage: readonly Pick<PlacePassage, 'date'>[],
  lastPage: readonly Pick<PlacePassage, 'date'>[],
  range: DayRange,
): RankSpan {
  const inside = (p: Pick<PlacePassage, 'date'>) =>
    inRange(p.date === null ? null : dayFromIso(p.date), range);
  const head = firstPage.findIndex(inside);
  const start = span.first * PASSAGE_PAGE_SIZE + (head < 0 ? PASSAGE_PAGE_SIZE : head);
  const tail = lastPage.findLastIndex(inside);
  const end = span.last * PASSAGE_PAGE_SIZE + tail + 1;
  return { start, end: Math.max(start, end) };
}
