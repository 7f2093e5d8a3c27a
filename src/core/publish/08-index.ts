import {
  DATA_FORMAT_NAME,
  DATA_FORMAT_VERSION,
  type Attribution,
  type DataIndexFile,
  type LinkRow,
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

export interface IndexParts {
  run: RunInfo;
  attribution: Attribution[];
  basemap: string;
  articleCount: number;
  datedArticleCount: number;
  articles: string;
  articleShards: string[];
  search: string[];
  places: PlaceRow[];
  links: LinkRow[];
  linkDays?: string;
  duplicates?: DataIndexFile['duplicates'];
  review?: DataIndexFile['review'];
}

/** Stage 8b: the index, dateline.json, the one file the app loads at start. */
export function buildIndex(parts: IndexParts): DataIndexFile {
  return { format: DATA_FORMAT_NAME, version: DATA_FORMAT_VERSION, ...parts };
}
