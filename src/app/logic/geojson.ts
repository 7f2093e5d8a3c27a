import type { Feature, FeatureCollection, Point } from 'geojson';
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
  mentions: number;
}

/** The places as a GeoJSON FeatureCollection; GeoJSON positions are [lon, lat]. */
export function placesToGeoJSON(
  places: readonly ShownPlace[],
): FeatureCollection<Point, PlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map(({ place, count }): Feature<Point, PlaceProperties> => ({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        id: place.id,
        name: place.name,
        kind: place.kind,
        country: place.country,
        countryName: countryName(place.country),
        mentions: count,
      },
    })),
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
