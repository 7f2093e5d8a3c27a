import {
  DATA_FORMAT_NAME,
  DATA_FORMAT_VERSION,
  type Article,
  type Attribution,
  type DatelineData,
  type Place,
} from '../../shared/data-file';
import type { PlaceRef } from '../../shared/place';
import type { AttachedMention } from './05-attach-mentions';

export interface ParsedArticle {
  article: Article;
  mentions: readonly AttachedMention[];
}

/** Gathers the articles into one data file: each place once, with its count and alternatives. */
export function assemble(
  parsed: readonly ParsedArticle[],
  attribution: Attribution[],
): DatelineData {
  const places = new Map<string, Place>();
  for (const { found } of parsed.flatMap((p) => p.mentions)) {
    const place = places.get(found.place.id) ?? newPlace(found.place);
    place.mentionCount += 1;
    place.confidence = Math.min(place.confidence, found.confidence);
    for (const alternative of found.alternatives) addAlternative(place, alternative);
    places.set(place.id, place);
  }
  const sortedPlaces = [...places.values()].sort(
    (a, b) =>
      b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return {
    format: DATA_FORMAT_NAME,
    version: DATA_FORMAT_VERSION,
    articles: parsed.map((p) => p.article),
    places: sortedPlaces,
    mentions: parsed.flatMap((p) => p.mentions.map((m) => m.mention)),
    attribution,
  };
}

function newPlace(ref: PlaceRef): Place {
  const { id, name, kind, lat, lon, country } = ref;
  return { id, name, kind, lat, lon, country, mentionCount: 0, alternatives: [], confidence: 1 };
}

function addAlternative(place: Place, alternative: PlaceRef): void {
  if (alternative.id === place.id) return;
  if (place.alternatives.some((a) => a.id === alternative.id)) return;
  const { id, name, kind, lat, lon, country } = alternative;
  place.alternatives.push({ id, name, kind, lat, lon, country });
}
