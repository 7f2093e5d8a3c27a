import type { PassagePage, PlacePassage, PlaceRow } from '../../shared/schema';
import { MAX_EXPORT_PASSAGES, placeDetails, type PlaceDetails } from '../logic/export-passages';
import type { DayRange } from '../logic/filters';
import { followsWindow, windowPages, type PageSpan } from '../logic/passage-window';
import type { DataSource } from './source';

// Files fetched at once: enough to keep the connection busy, few enough not to flood it.
const CONCURRENT = 4;

export interface GatherOptions {
  /** Which passages count: the date filter, the chosen article. */
  keep: (passage: PlacePassage) => boolean;
  /** The date filter, so that only the pages that can hold its passages are fetched. */
  range?: DayRange;
  /** Hears how many of the places are done, after each. */
  onProgress?: (done: number, total: number) => void;
  max?: number;
}

/**
 * The export's details for each place, from its passage pages fetched through the source (and
 * its cache): page after page until the place has `max` passages to keep, or has no more pages.
 * A page that cannot be fetched ends that place's passages; the place is still exported.
 */
export async function gatherDetails(
  source: DataSource,
  places: readonly PlaceRow[],
  { keep, range, onProgress, max = MAX_EXPORT_PASSAGES }: GatherOptions,
): Promise<Map<string, PlaceDetails>> {
  const out = new Map<string, PlaceDetails>();
  let next = 0;
  const work = async () => {
    while (next < places.length) {
      const place = places[next++];
      if (!place) continue;
      const pages: PassagePage[] = [];
      let details = placeDetails(pages, keep, max);
      const span = pagesToRead(place, range);
      for (let k = span?.first ?? 0; span && k <= span.last && !details.truncated; k++) {
        const entry = await source.passagePage(place, k);
        if (entry.state !== 'ok') break;
        pages.push(entry.value);
        details = placeDetails(pages, keep, max);
      }
      out.set(place.id, details);
      onProgress?.(out.size, places.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT, places.length) }, work));
  return out;
}

/** Every page, or under a date window only those its passages can be on (null: none). */
function pagesToRead(place: PlaceRow, range: DayRange | undefined): PageSpan | null {
  if (range && followsWindow(place, range)) return windowPages(place, range);
  return { first: 0, last: place.pages.length - 1 };
}
