import { dayFromIso, isoFromDay } from '../../shared/hash';
import type { Filters } from './app-state';
import type { DayRange } from './filters';
import { mentionsText } from './labels';
import { autoBin, type Bin, type DayWindow } from './bins';
import { binSeries, countBetween, daySeries, type Binned, type DaySeries } from './day-series';

/** What the timeline draws: bars of dated mentions over the collection's span. */
export interface TimelineData {
  /** First and last day any mention is dated. */
  span: DayWindow;
  /** The bar size in use: the user's choice, or the one that suits the span. */
  bin: Bin;
  /** The bar size that suits the span (the "Auto" choice). */
  autoBin: Bin;
  total: DaySeries;
  bars: Binned;
  /** The selected place's own bars over the same bins, or null. */
  place: Binned | null;
}

const built = new WeakMap<readonly number[], DaySeries | null>();

/**
 * Mentions per day of one flat [day, count, ...] list: the index's total over every place
 * (DataIndexFile.days), or one place's own; built once per list.
 */
export function placeSeries(days: readonly number[]): DaySeries | null {
  if (!built.has(days)) built.set(days, daySeries([days]));
  return built.get(days) ?? null;
}

/**
 * The timeline for the index's total series, a selected place's days (null: none selected, or
 * its series have not arrived yet) and the bar size chosen.
 */
export function timelineData(
  totalDays: readonly number[],
  selectedDays: readonly number[] | null,
  chosen: Bin | null,
): TimelineData | null {
  const total = placeSeries(totalDays);
  if (!total) return null;
  const span = { from: total.first, to: total.last };
  const suits = autoBin(span.to - span.from + 1);
  const bin = chosen ?? suits;
  return {
    span,
    bin,
    autoBin: suits,
    total,
    bars: binSeries(total, bin, span),
    place: selectedDays ? binSeries(placeSeries(selectedDays), bin, span) : null,
  };
}

let rangeFormat: Intl.DateTimeFormat | null = null;

/** "1 – 7 March 2008", "28 December 2008 – 7 January 2009", "4 April 2008": UTC calendar days. */
export function formatDays(window: DayWindow): string {
  rangeFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = (day: number) => new Date(`${isoFromDay(day)}T00:00:00Z`);
  return rangeFormat.formatRange(date(window.from), date(window.to));
}

/** A date filter in words: "1 – 7 March 2008", "from 4 April 2008", "until 4 April 2008". */
export function formatRange(range: DayRange): string {
  if (range.from !== null && range.to !== null)
    return formatDays({ from: range.from, to: range.to });
  if (range.from !== null) return `from ${formatDays({ from: range.from, to: range.from })}`;
  if (range.to !== null) return `until ${formatDays({ from: range.to, to: range.to })}`;
  return 'all dates';
}

/**
 * The timeline's text summary: "312 mentions, 1 – 7 March 2008", then the selected place's own
 * count ("Sochi: 12 of them"); with no window, the whole span.
 */
export function windowSummary(
  total: DaySeries,
  window: DayWindow | null,
  place: { name: string; days: DaySeries | null } | null,
): string {
  const shown = window ?? { from: total.first, to: total.last };
  const all = countBetween(total, shown.from, shown.to);
  const head = `${window ? '' : 'All dates: '}${mentionsText(all)}, ${formatDays(shown)}`;
  if (!place) return head;
  const own = place.days ? countBetween(place.days, shown.from, shown.to) : 0;
  return `${head}; ${place.name}: ${own.toLocaleString('en-GB')} of them`;
}

/** The date filter as a window of days on the span; an open end reaches the span's end. */
export function windowOf(filters: Filters, span: DayWindow): DayWindow | null {
  if (filters.from === null && filters.to === null) return null;
  return {
    from: (filters.from === null ? null : dayFromIso(filters.from)) ?? span.from,
    to: (filters.to === null ? null : dayFromIso(filters.to)) ?? span.to,
  };
}
