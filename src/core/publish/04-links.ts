import type { LinkDaysFile, LinkRow } from '../../shared/schema';
import { pairOf, type PlaceStats, type PlaceTally } from './03-place-tally';

export const MAX_LINKS = 2000;
export const MAX_MENTIONED_WITH = 10;

interface Pair {
  a: PlaceStats;
  b: PlaceStats;
  weight: number;
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Strongest first; ties by the ids, so each run lists the same links in the same order. */
function comparePairs(x: Pair, y: Pair): number {
  return y.weight - x.weight || byId(x.a.id, y.a.id) || byId(x.b.id, y.b.id);
}

function orderedPair(key: number, weight: number, tally: PlaceTally): Pair {
  const [i, j] = pairOf(key);
  const p = tally.byIndex[i] as PlaceStats;
  const q = tally.byIndex[j] as PlaceStats;
  return p.id < q.id ? { a: p, b: q, weight } : { a: q, b: p, weight };
}

/**
 * Stage 4a: the strongest co-occurrence pairs, each with the days its shared passages fall on.
 * Keeps a bounded list while scanning, so millions of weak pairs never become one sorted array.
 */
export function topLinks(
  tally: PlaceTally,
  dayAt: (position: number) => number | null,
  limit = MAX_LINKS,
): LinkRow[] {
  let top: Pair[] = [];
  for (const [key, weight] of tally.pairs) {
    top.push(orderedPair(key, weight, tally));
    if (top.length >= limit * 2) top = top.sort(comparePairs).slice(0, limit);
  }
  top = top.sort(comparePairs).slice(0, limit);
  return top.map((pair) => ({
    a: pair.a.id,
    b: pair.b.id,
    weight: pair.weight,
    days: sharedDays(pair.a, pair.b, dayAt),
  }));
}

/**
 * Day counts of the passages both places appear in (their refs are both in list order). The
 * shorter list leads and each of its refs is sought in the longer by galloping: the strongest
 * links join a place of tens of thousands of passages with places of a few hundred.
 */
function sharedDays(
  a: PlaceStats,
  b: PlaceStats,
  dayAt: (position: number) => number | null,
): number[] {
  const days: number[] = [];
  const [x, y] =
    a.refs.length <= b.refs.length
      ? [a.refs.view(), b.refs.view()]
      : [b.refs.view(), a.refs.view()];
  let j = 0;
  for (let i = 0; i < x.length && j < y.length; i += REF) {
    j = seek(y, j, x, i);
    if (j < y.length && compareRef(x, i, y, j) === 0) {
      const day = dayAt(x[i] as number);
      if (day !== null) days.push(day);
      j += REF;
    }
  }
  return dayCounts(Int32Array.from(days).sort());
}

/**
 * [day, count] pairs, flat, from days sorted: runs counted in one pass. A typed array sorts its
 * numbers in place, where a map of counts per day, sorted as pairs and flattened, cost a
 * re-run some 0.2 s over the 2,000 links at 100k articles.
 */
function dayCounts(sorted: Int32Array): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < sorted.length;) {
    const day = sorted[i] as number;
    let end = i + 1;
    while (end < sorted.length && sorted[end] === day) end++;
    pairs.push(day, end - i);
    i = end;
  }
  return pairs;
}

/** Numbers per passage ref: position, passage, first offset, offset count. */
const REF = 4;

/** Where the first ref of `y` from `from` on that is not before x's ref at `i` starts. */
function seek(y: Int32Array, from: number, x: Int32Array, i: number): number {
  const refs = y.length / REF;
  let below = from / REF;
  if (below >= refs || compareRef(y, below * REF, x, i) >= 0) return below * REF;
  // y's ref `below` is before x's: gallop to a ref that is not, then bisect.
  let step = 1;
  let above = below + step;
  while (above < refs && compareRef(y, above * REF, x, i) < 0) {
    below = above;
    step *= 2;
    above = below + step;
  }
  above = Math.min(above, refs);
  while (above - below > 1) {
    const middle = (below + above) >>> 1;
    if (compareRef(y, middle * REF, x, i) < 0) below = middle;
    else above = middle;
  }
  return above * REF;
}

/**
 * Stage 4c: the links for the index without their day series, and the series for the `linkDays`
 * shard, keyed by the links' ends. The app needs the series only under a date window, and they
 * are most of the index's bytes at scale, which the browser reads before the first marker.
 */
export function splitLinkDays(links: readonly LinkRow[]): { links: LinkRow[]; days: LinkDaysFile } {
  const days: LinkDaysFile = [];
  const bare = links.map(({ days: own, copies, ...link }) => {
    const row: LinkDaysFile[number] = { a: link.a, b: link.b, days: own ?? [] };
    if (copies?.days) row.copies = copies.days;
    days.push(row);
    return copies ? { ...link, copies: { weight: copies.weight } } : link;
  });
  return { links: bare, days };
}

function compareRef(x: Int32Array, i: number, y: Int32Array, j: number): number {
  return (x[i] as number) - (y[j] as number) || (x[i + 1] as number) - (y[j + 1] as number);
}

/**
 * Stage 4b: for every place, the places it shares most passages with ("Mentioned with"), best
 * first, at most ten. One pass over the pairs, keeping ten per place.
 */
export function mentionedWith(
  tally: PlaceTally,
  limit = MAX_MENTIONED_WITH,
): Map<string, { placeId: string; weight: number }[]> {
  const best = new Map<string, { placeId: string; weight: number }[]>();
  const offer = (place: PlaceStats, other: PlaceStats, weight: number) => {
    const list = best.get(place.id) ?? [];
    const last = list[list.length - 1];
    if (list.length >= limit && last && !beats(other.id, weight, last)) return;
    list.push({ placeId: other.id, weight });
    list.sort((x, y) => y.weight - x.weight || byId(x.placeId, y.placeId));
    if (list.length > limit) list.pop();
    best.set(place.id, list);
  };
  for (const [key, weight] of tally.pairs) {
    const { a, b } = orderedPair(key, weight, tally);
    offer(a, b, weight);
    offer(b, a, weight);
  }
  return best;
}

function beats(id: string, weight: number, than: { placeId: string; weight: number }): boolean {
  return weight > than.weight || (weight === than.weight && id < than.placeId);
}
