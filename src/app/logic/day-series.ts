import { binStart, stepBins, type Bin, type DayWindow } from './bins';

/**
 * Counts per day over a span, as running totals: the count between any two days is one
 * subtraction, so a brush or playback step costs the same however long the window is.
 */
export interface DaySeries {
  first: number;
  last: number;
  /** cumulative[i] = count on days first .. first + i - 1; length last - first + 2. */
  cumulative: Float64Array;
}

/** The total of several flat [day, count, ...] lists (every place's `days`), or null if empty. */
export function daySeries(lists: Iterable<readonly number[]>): DaySeries | null {
  let first = Infinity;
  let last = -Infinity;
  const all = [...lists];
  for (const pairs of all) {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const day = pairs[i] ?? 0;
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  if (first > last) return null;
  const cumulative = new Float64Array(last - first + 2);
  for (const pairs of all) {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const at = (pairs[i] ?? 0) - first + 1;
      cumulative[at] = (cumulative[at] ?? 0) + (pairs[i + 1] ?? 0);
    }
  }
  for (let i = 1; i < cumulative.length; i++) {
    cumulative[i] = (cumulative[i] ?? 0) + (cumulative[i - 1] ?? 0);
  }
  return { first, last, cumulative };
}

/** The count on days from..to inclusive (either end may lie outside the series). */
export function countBetween(series: DaySeries, from: number, to: number): number {
  const at = (day: number) => {
    const i = Math.min(Math.max(day - series.first, 0), series.last - series.first + 1);
    return series.cumulative[i] ?? 0;
  };
  return to < from ? 0 : at(to + 1) - at(from);
}

/** Bars for a timeline: each bin's first day and its count, over `span`. */
export interface Binned {
  starts: number[];
  counts: number[];
}

export function binSeries(series: DaySeries | null, bin: Bin, span: DayWindow): Binned {
  const starts: number[] = [];
  const counts: number[] = [];
  for (let start = binStart(span.from, bin); start <= span.to;) {
    const next = stepBins(start, 1, bin);
    starts.push(start);
    counts.push(series ? countBetween(series, start, next - 1) : 0);
    start = next;
  }
  return { starts, counts };
}
