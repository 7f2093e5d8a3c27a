import type { DayRange } from './filters';

/**
 * One place's dated mentions as sorted days with running totals: its count in any window is two
 * binary searches, so a brush or playback step costs O(places x log days), never a pass over
 * every day pair. Built once per index.
 */
export interface PlaceDays {
  days: Int32Array;
  /** cumulative[i] = mentions on days[0 .. i-1]; length days.length + 1. */
  cumulative: Float64Array;
}

export function placeDays(pairs: readonly number[]): PlaceDays {
  const n = Math.floor(pairs.length / 2);
  const order = Array.from({ length: n }, (_, i) => i);
  // The index writes pairs sorted; a hand-made file might not.
  order.sort((a, b) => (pairs[2 * a] ?? 0) - (pairs[2 * b] ?? 0));
  const days = new Int32Array(n);
  const cumulative = new Float64Array(n + 1);
  order.forEach((at, i) => {
    days[i] = pairs[2 * at] ?? 0;
    cumulative[i + 1] = (cumulative[i] ?? 0) + (pairs[2 * at + 1] ?? 0);
  });
  return { days, cumulative };
}

/** How many of `days` are before `day`. */
function before(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions inside the range (an open end reaches the first or last day). */
export function countIn(place: PlaceDays, range: DayRange): number {
  const lo = range.from === null ? 0 : before(place.days, range.from);
  const hi = range.to === null ? place.days.length : before(place.days, range.to + 1);
  return hi > lo ? (place.cumulative[hi] ?? 0) - (place.cumulative[lo] ?? 0) : 0;
}

const built = new WeakMap<readonly { days?: readonly number[] }[], PlaceDays[]>();

/**
 * Every place's PlaceDays, in the places' order; built once per list of places. A place whose
 * series have not arrived (the `placeDays` shard) counts nothing in any window until they do.
 */
export function placeDaysOf(places: readonly { days?: readonly number[] }[]): PlaceDays[] {
  let found = built.get(places);
  if (!found) {
    found = places.map((p) => placeDays(p.days ?? []));
    built.set(places, found);
  }
  return found;
}
