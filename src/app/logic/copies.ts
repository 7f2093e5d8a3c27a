import { compareLinkRows, comparePlaceRows } from '../../shared/index-order';
import type { DataIndexFile, LinkRow, PlaceRow } from '../../shared/schema';

/** Two flat sorted [day, count, ...] lists as one, counts of the same day added. */
export function addDayCounts(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x < y) {
      out.push(x, a[i + 1] ?? 0);
      i += 2;
    } else if (y < x) {
      out.push(y, b[j + 1] ?? 0);
      j += 2;
    } else {
      out.push(x, (a[i + 1] ?? 0) + (b[j + 1] ?? 0));
      i += 2;
      j += 2;
    }
  }
  return out;
}

function placeWithCopies(place: PlaceRow): PlaceRow {
  const { copies } = place;
  if (!copies) return place;
  const counts = {
    ...place,
    mentionCount: place.mentionCount + copies.mentionCount,
    articleCount: place.articleCount + copies.articleCount,
  };
  // The series come apart from the index (the placeDays shard), just after the first markers.
  if (!place.days || !copies.days) return counts;
  return { ...counts, days: addDayCounts(place.days, copies.days) };
}

function linkWithCopies(link: LinkRow): LinkRow {
  const { copies } = link;
  if (!copies) return link;
  const weight = link.weight + copies.weight;
  // The series come apart from the index (the linkDays shard), once a date window needs them.
  if (!link.days || !copies.days) return { ...link, weight };
  return { ...link, weight, days: addDayCounts(link.days, copies.days) };
}

/**
 * The index as it reads when every copy of a story counts: each place's and link's counts with
 * what other outlets' copies add (PlaceRow.copies, LinkRow.copies), in the index's own orders
 * (most mentioned, strongest first). By default a story counts once; the rest of the app reads
 * either index the same way.
 */
export function countEveryCopy(data: DataIndexFile): DataIndexFile {
  const places = data.places.map(placeWithCopies).sort(comparePlaceRows);
  const links = data.links.map(linkWithCopies).sort(compareLinkRows);
  const days = data.copyDays ? addDayCounts(data.days, data.copyDays) : data.days;
  return { ...data, days, places, links };
}
