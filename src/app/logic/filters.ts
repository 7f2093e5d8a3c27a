import { dayFromIso } from '../../shared/hash';
import type { ArticleFull, LinkRow, PlaceRow } from '../../shared/schema';
import type { DataIndex } from '../data/data-index';
import type { Filters } from './app-state';
import { cooccurrences, type Link } from './cooccurrence';
import { countIn, placeDaysOf } from './place-days';

/** A place as the map and the lists draw it: its reading, its counts and its doubt. */
export type Place = Omit<PlaceRow, 'days' | 'pages' | 'names' | 'articleCount'>;

/** The date filter as day numbers (see src/shared/hash.ts); null leaves that end open. */
export interface DayRange {
  from: number | null;
  to: number | null;
}

export function dayRange(filters: Filters): DayRange {
  return {
    from: filters.from ? dayFromIso(filters.from) : null,
    to: filters.to ? dayFromIso(filters.to) : null,
  };
}

export function isOpen(range: DayRange): boolean {
  return range.from === null && range.to === null;
}

/** True for a day inside the range; an undated article (null) is in only when no range is set. */
export function inRange(day: number | null, range: DayRange): boolean {
  if (day === null) return isOpen(range);
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}

/** Sum of the counts in flat [day, count, ...] pairs whose day lies in the range. */
export function sumInRange(pairs: readonly number[], range: DayRange): number {
  let sum = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    if (inRange(pairs[i] ?? null, range)) sum += pairs[i + 1] ?? 0;
  }
  return sum;
}

/** A place with the count that applies under the current filters. */
export interface ShownPlace {
  place: Place & Partial<Pick<PlaceRow, 'admin1' | 'names' | 'articleCount'>>;
  count: number;
}

/**
 * What the map and the place list show: the chosen article's places (empty while its shard
 * loads), else every place with its mentions inside the date range, most mentioned first.
 */
export function shownPlaces(
  index: DataIndex,
  range: DayRange,
  article: ArticleFull | null | undefined,
  articleChosen: boolean,
): ShownPlace[] {
  const out: ShownPlace[] = [];
  if (articleChosen) {
    const counts = new Map<string, number>();
    for (const m of article?.mentions ?? [])
      counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + 1);
    for (const [id, count] of counts) {
      const place = index.placeById.get(id);
      if (place) out.push({ place, count });
    }
    return out.sort((x, y) => y.count - x.count || x.place.name.localeCompare(y.place.name));
  } else if (isOpen(range)) {
    // The index lists places most mentioned first already.
    return index.data.places.map((place) => ({ place, count: place.mentionCount }));
  } else {
    const days = placeDaysOf(index.data.places);
    index.data.places.forEach((place, i) => {
      const d = days[i];
      const count = d ? countIn(d, range) : 0;
      if (count > 0) out.push({ place, count });
    });
  }
  // A stable sort on the count alone: ties keep the index's order (by name), and no
  // localeCompare over tens of thousands of names.
  return out.sort((x, y) => y.count - x.count);
}

/** Links among the shown places: the article's own, or the index's strongest within the range. */
export function shownLinks(
  index: DataIndex,
  range: DayRange,
  article: ArticleFull | null | undefined,
  articleChosen: boolean,
): Link[] {
  if (articleChosen) return cooccurrences(article?.mentions ?? []);
  if (isOpen(range)) return index.data.links.map(toLink);
  const out: Link[] = [];
  for (const link of index.data.links) {
    // A link's series arrive with the linkDays shard; until then it counts nothing in a window.
    if (!link.days) continue;
    const weight = sumInRange(link.days, range);
    if (weight > 0) out.push({ a: link.a, b: link.b, weight });
  }
  return out.sort((x, y) => y.weight - x.weight);
}

export function toLink({ a, b, weight }: LinkRow): Link {
  return { a, b, weight };
}

/** Positions (in the article list) of the articles inside the range, newest first. */
export function articlesInRange(days: readonly (number | null)[], range: DayRange): number[] {
  const out: number[] = [];
  for (let i = 0; i < days.length; i++) if (inRange(days[i] ?? null, range)) out.push(i);
  return out;
}

/** The first and last day of flat [day, count, ...] pairs (the index's total), or null. */
export function daySpan(days: readonly number[]): DayRange | null {
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < days.length; i += 2) {
    const day = days[i] ?? 0;
    if (day < from) from = day;
    if (day > to) to = day;
  }
  return from <= to ? { from, to } : null;
}
