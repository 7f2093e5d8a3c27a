import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../shared/hash';
import { PASSAGE_PAGE_SIZE } from '../../shared/schema';
import type { DayRange } from './filters';
import { followsWindow, windowPages, windowRanks, type RankSpan } from './passage-window';

/**
 * A place's passage list as day numbers, newest first, undated (null) last; the cases below
 * derive the place's pages and pageDays from it, as publish does.
 */
function placeOf(days: (number | null)[]) {
  const pages: string[] = [];
  const pageDays: (number | null)[] = [];
  for (let k = 0; k * PASSAGE_PAGE_SIZE < days.length; k++) {
    pages.push(`shards/passages-${k}.json`);
    pageDays.push(days[k * PASSAGE_PAGE_SIZE] ?? null);
  }
  return { pages, pageDays: pages.length > 1 ? pageDays : undefined };
}

/** `count` passages on each day from `newest` down to `oldest`. */
function daily(newest: number, oldest: number, count: number): number[] {
  const days: number[] = [];
  for (let day = newest; day >= oldest; day--) for (let i = 0; i < count; i++) days.push(day);
  return days;
}

/** What the panel ends up listing: the span of ranks, found from the two boundary pages. */
function ranksFor(days: (number | null)[], range: DayRange): RankSpan | null {
  const span = windowPages(placeOf(days), range);
  if (!span) return null;
  const page = (k: number) =>
    days
      .slice(k * PASSAGE_PAGE_SIZE, (k + 1) * PASSAGE_PAGE_SIZE)
      .map((day) => ({ date: day === null ? null : isoFromDay(day) }));
  const ranks = windowRanks(span, page(span.first), page(span.last), range);
  return ranks.end > ranks.start ? ranks : null;
}

/** The same answer by brute force over every passage. */
function expected(days: (number | null)[], range: DayRange): RankSpan | null {
  const inside = days.flatMap((day, rank) =>
    day !== null && day >= (range.from ?? -Infinity) && day <= (range.to ?? Infinity) ? [rank] : [],
  );
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined ? null : { start: first, end: last + 1 };
}

describe('the place panel follows the date window', () => {
  // 7 passages a day over days 500..471 (210 passages, 5 pages), then 40 undated.
  const long = [...daily(500, 471, 7), ...Array<null>(40).fill(null)];
  const cases: { name: string; days: (number | null)[]; range: DayRange }[] = [
    { name: 'a week in the middle of a long list', days: long, range: { from: 480, to: 486 } },
    {
      name: 'a window that starts exactly on a page start',
      days: long,
      range: { from: 480, to: 493 },
    },
    { name: 'a window ending exactly on a page start', days: long, range: { from: 470, to: 493 } },
    { name: 'a window after every passage is empty', days: long, range: { from: 600, to: 610 } },
    { name: 'a window before every passage is empty', days: long, range: { from: 100, to: 200 } },
    {
      name: 'a window in a gap between passages is empty',
      days: [...daily(500, 491, 10), ...daily(300, 291, 10)],
      range: { from: 400, to: 420 },
    },
    {
      name: 'an open start reaches the oldest dated passage',
      days: long,
      range: { from: null, to: 475 },
    },
    { name: 'an open end reaches the newest', days: long, range: { from: 498, to: null } },
    { name: 'a place of one page', days: daily(500, 496, 3), range: { from: 497, to: 498 } },
    {
      name: 'one day holding several pages',
      days: [...daily(500, 500, 60), ...daily(499, 499, 130), ...daily(498, 498, 5)],
      range: { from: 499, to: 499 },
    },
  ];
  it.each(cases)('$name', ({ days, range }) => {
    expect(ranksFor(days, range)).toEqual(expected(days, range));
  });

  it('never lists undated passages inside a window', () => {
    const days = [...daily(500, 499, 30), ...Array<null>(80).fill(null)];
    expect(ranksFor(days, { from: 0, to: 1000 })).toEqual({ start: 0, end: 60 });
  });

  it('lists everything, as before, without a window or from data without pageDays', () => {
    expect(followsWindow(placeOf(long), { from: null, to: null })).toBe(false);
    const old = { pages: placeOf(long).pages };
    expect(followsWindow(old, { from: 480, to: 486 })).toBe(false);
    expect(followsWindow({ pages: ['shards/p.json'] }, { from: 480, to: 486 })).toBe(true);
  });
});
