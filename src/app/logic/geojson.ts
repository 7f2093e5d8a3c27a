import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isDoubtful } from './doubt';
import type { ExportPassage, PlaceDetails } from './export-passages';
import type { ShownPlace } from './filters';
import { countryName } from './labels';

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface PlaceProperties {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  countryName: string | null;
  /** Mentions under the current filters (the number the map shows). */
  mentions: number;
  confidence: number;
  doubtful: boolean;
  /** First-level division ("Illinois"), when the data names it. */
  admin1?: string;
  /** The articles of the passages below, when the caller gathered them (ExportOptions.details). */
  articles?: { id: string; title: string }[];
  /** The passages naming the place, newest first, as plain text. */
  passages?: ExportPassage[];
  /** Present and true when the place has more passages than the file carries. */
  passagesTruncated?: true;
}

export interface ExportOptions {
  /** A country's shape by ISO alpha-2; given, countries are written as their shapes, not points. */
  countryShape?: (iso2: string) => Geometry | undefined;
  /**
   * The articles and passages naming a place. The passages live in lazily fetched shards, so the
   * caller gathers them (src/app/data/gather-details.ts) and passes a look-up; without it, or for
   * a place it does not know, the fields are left out and this module stays pure.
   */
  details?: (placeId: string) => PlaceDetails | undefined;
}

/** The places as a GeoJSON FeatureCollection; GeoJSON positions are [lon, lat]. */
export function placesToGeoJSON(
  places: readonly ShownPlace[],
  options: ExportOptions = {},
): FeatureCollection<Geometry, PlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map(({ place, count }): Feature<Geometry, PlaceProperties> => {
      const shape =
        place.kind === 'country' && place.country
          ? options.countryShape?.(place.country)
          : undefined;
      const details = options.details?.(place.id);
      return {
        type: 'Feature',
        id: place.id,
        geometry: shape ?? { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          id: place.id,
          name: place.name,
          kind: place.kind,
          country: place.country,
          countryName: countryName(place.country),
          mentions: count,
          confidence: place.confidence,
          doubtful: isDoubtful(place),
          ...(place.admin1 ? { admin1: place.admin1 } : {}),
          ...(details ? { articles: details.articles, passages: details.passages } : {}),
          ...(details?.truncated ? { passagesTruncated: true as const } : {}),
        },
      };
    }),
  };
}

/** Places inside the bounds; a box whose west edge is east of its east edge spans the antimeridian. */
export function placesInBounds(places: readonly ShownPlace[], b: Bounds): ShownPlace[] {
  if (b.east - b.west >= 360)
    return places.filter(({ place }) => place.lat >= b.south && place.lat <= b.north);
  const west = ((((b.west + 180) % 360) + 360) % 360) - 180;
  const east = ((((b.east + 180) % 360) + 360) % 360) - 180;
  return places.filter(({ place }) => {
    if (place.lat < b.south || place.lat > b.north) return false;
    return west <= east
      ? place.lon >= west && place.lon <= east
      : place.lon >= west || place.lon <= east;
  });
}
