import {
  DATA_FORMAT_NAME,
  DATA_FORMAT_VERSION,
  type Attribution,
  type DataIndexFile,
  type LinkRow,
  type PlaceDaysFile,
  type PlaceRef,
  type PlaceRow,
  type RunInfo,
} from '../../shared/schema';
import { comparePlaceRows } from '../../shared/index-order';
import type { PlaceStats } from './03-place-tally';

/** A place as the store knows it, with the first-level division when the geoparser gave one. */
export type KnownPlace = PlaceRef & { admin1?: string | null };

/** Stage 8a: a place's row in the index, from its tally, its reference and its page paths. */
export function placeRow(
  stats: PlaceStats,
  place: KnownPlace,
  alternatives: PlaceRef[],
  pages: string[],
  pageDays?: (number | null)[],
): PlaceRow {
  const { id, name, kind, lat, lon, country } = place;
  const row: PlaceRow = {
    id,
    name,
    kind,
    lat,
    lon,
    country,
    mentionCount: stats.mentionCount,
    articleCount: stats.articleCount,
    confidence: stats.confidence,
    alternatives,
    names: stats.topNames(),
    days: stats.dayPairs(),
    pages,
  };
  if (pageDays) row.pageDays = pageDays;
  if (place.admin1 !== undefined) row.admin1 = place.admin1;
  return row;
}

/** Most mentioned first, then by name and id (as version 1). */
export function sortPlaceRows(rows: PlaceRow[]): PlaceRow[] {
  return rows.sort(comparePlaceRows);
}

/** Flat sorted [day, count, ...] pairs: the sum of several such lists. */
function sumDays(lists: readonly (readonly number[])[]): number[] {
  const sums = new Map<number, number>();
  for (const pairs of lists) {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const day = pairs[i] as number;
      sums.set(day, (sums.get(day) ?? 0) + (pairs[i + 1] as number));
    }
  }
  return [...sums].sort(([a], [b]) => a - b).flat();
}

export interface SplitPlaceDays {
  /** The rows without their series (a place's own, and its copies'). */
  places: PlaceRow[];
  /** The `placeDays` shard: the series, by place id. */
  days: PlaceDaysFile;
  /** Every place's series summed (DataIndexFile.days), and its copies' (copyDays). */
  total: number[];
  copyTotal: number[] | null;
}

/**
 * Stage 8c: the place rows for the index without their day series, and the series for the
 * `placeDays` shard. The first markers need only the counts; the series (most of the index's
 * bytes at scale) serve date windows and a place's timeline, and arrive just after. Their sum
 * stays in the index, so the timeline draws with the first view.
 */
export function splitPlaceDays(rows: readonly PlaceRow[]): SplitPlaceDays {
  const days: PlaceDaysFile = [];
  const copied: number[][] = [];
  const places = rows.map(({ days: own, ...place }) => {
    const row: PlaceDaysFile[number] = { id: place.id, days: own ?? [] };
    if (place.copies?.days) {
      row.copies = place.copies.days;
      copied.push(place.copies.days);
    }
    days.push(row);
    const { copies } = place;
    if (!copies) return place;
    return {
      ...place,
      copies: { mentionCount: copies.mentionCount, articleCount: copies.articleCount },
    };
  });
  return {
    places,
    days,
    total: sumDays(days.map((row) => row.days)),
    copyTotal: copied.length > 0 ? sumDays(copied) : null,
  };
}

export interface IndexParts {
  run: RunInfo;
  attribution: Attribution[];
  basemap: string;
  articleCount: number;
  datedArticleCount: number;
  articles: string;
  articleShards: string[];
  search: string[];
  days: number[];
  copyDays?: number[];
  places: PlaceRow[];
  placeDays?: string;
  links: LinkRow[];
  linkDays?: string;
  duplicates?: DataIndexFile['duplicates'];
  review?: DataIndexFile['review'];
}

/**
 * Stage 8b: the index, dateline.json, the one file the app loads at start. The basemap's path
 * is among its first keys: the app's fetch worker finds it in the first bytes and starts the
 * basemap's fetch before the rest of the index has arrived.
 */
export function buildIndex(parts: IndexParts): DataIndexFile {
  return { format: DATA_FORMAT_NAME, version: DATA_FORMAT_VERSION, ...parts };
}
