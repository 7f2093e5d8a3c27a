import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isDoubtful } from './doubt';
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
  /** The articles that mention the place, when the caller can say (see ExportOptions.articles). */
  articles?: { id: string; title: string }[];
}

export interface ExportOptions {
  /** A country's shape by ISO alpha-2; given, countries are written as their shapes, not points. */
  countryShape?: (iso2: string) => Geometry | undefined;
  /**
   * The articles naming a place. A seam for the app's data layer: with the lazily loaded article
   * shards (issue 7) the caller fetches them and passes a look-up; without it the field is left out.
   */
  articles?: (placeId: string) => { id: string; title: string }[] | undefined;
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
      const articles = options.articles?.(place.id);
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
          ...(articles ? { articles } : {}),
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
