/**
 * Calendar bins over day numbers (days since 1970-01-01, UTC calendar dates: src/shared/hash.ts).
 * Everything here is integer arithmetic on UTC dates, so the browser's time zone never moves a
 * day into another bin.
 */

export const BINS = ['day', 'week', 'month'] as const;
export type Bin = (typeof BINS)[number];

const MS_PER_DAY = 86_400_000;

/** A UTC date's day number; setUTCFullYear, since Date.UTC reads years 0..99 as 1900..1999. */
function dayOf(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The first day of the bin holding `day`: itself, the Monday of its ISO week, or the 1st. */
export function binStart(day: number, bin: Bin): number {
  if (bin === 'day') return day;
  // Day 0 (1 January 1970) was a Thursday: three days after a Monday.
  if (bin === 'week') return day - ((((day + 3) % 7) + 7) % 7);
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The first day of the bin `n` bins after (or before, for negative n) the one holding `day`. */
export function stepBins(day: number, n: number, bin: Bin): number {
  const start = binStart(day, bin);
  if (bin === 'day') return start + n;
  if (bin === 'week') return start + 7 * n;
  const d = new Date(start * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** The last day of the bin holding `day`. */
export function binEnd(day: number, bin: Bin): number {
  return stepBins(day, 1, bin) - 1;
}

/**
 * The bin that suits a span of days: days up to about three months, weeks up to about two
 * years, months beyond, so the timeline has between a handful and about a hundred bars.
 */
export function autoBin(spanDays: number): Bin {
  if (spanDays <= 92) return 'day';
  if (spanDays <= 731) return 'week';
  return 'month';
}

/** An inclusive range of days. */
export interface DayWindow {
  from: number;
  to: number;
}

/** The window widened to whole bins. */
export function snapToBins(window: DayWindow, bin: Bin): DayWindow {
  return { from: binStart(window.from, bin), to: binEnd(window.to, bin) };
}

/**
 * The window moved `n` bins later (earlier for negative n), same number of bins, or unchanged
 * when that would leave the span: keyboard and playback steps never run off the timeline.
 */
export function moveWindow(window: DayWindow, n: number, bin: Bin, span: DayWindow): DayWindow {
  const moved = {
    from: stepBins(window.from, n, bin),
    to: binEnd(stepBins(window.to, n, bin), bin),
  };
  return inside(moved, span, bin) ? moved : window;
}

/** The window with its end moved `n` bins (shift+arrows); at least one bin, inside the span. */
export function resizeWindow(window: DayWindow, n: number, bin: Bin, span: DayWindow): DayWindow {
  const to = binEnd(stepBins(window.to, n, bin), bin);
  const resized = { from: binStart(window.from, bin), to };
  return to >= resized.from && inside(resized, span, bin) ? resized : window;
}

function inside(window: DayWindow, span: DayWindow, bin: Bin): boolean {
  return window.from >= binStart(span.from, bin) && window.to <= binEnd(span.to, bin);
}

/**
 * Playback's next window: the window moved one step later, or the first step of the span when
 * none is chosen; null at the end of the span, where playback stops.
 */
export function nextPlayWindow(
  window: DayWindow | null,
  step: Bin,
  span: DayWindow,
): DayWindow | null {
  if (!window) return snapToBins({ from: span.from, to: span.from }, step);
  const next = moveWindow(window, 1, step, span);
  return next === window ? null : next;
}
