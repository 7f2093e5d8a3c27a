import type { LatLon, PlaceKind } from '../../shared/place';

/** What the map shows: its centre and zoom. */
export interface MapView extends LatLon {
  zoom: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;

/**
 * Decimals a coordinate needs at a zoom so that a reload lands within half a pixel, and no more
 * (the rule MapLibre's hash uses: 512 px tiles, 360 degrees, 0.5 px error).
 */
export function coordinateDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Longitude folded into [-180, 180), since Leaflet lets the centre drift past the antimeridian. */
export function wrapLon(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/** The view as the URL writes it: zoom to 2 decimals, coordinates as precise as the zoom needs. */
export function roundView(view: MapView): MapView {
  const zoom = roundTo(view.zoom, 2);
  const decimals = coordinateDecimals(zoom);
  return { lat: roundTo(view.lat, decimals), lon: roundTo(wrapLon(view.lon), decimals), zoom };
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (!a || !b) return a === b;
  const ra = roundView(a);
  const rb = roundView(b);
  return ra.lat === rb.lat && ra.lon === rb.lon && ra.zoom === rb.zoom;
}

// Closer for a town than for a continent; a country fills a laptop screen at about 4.
const ZOOM_FOR_KIND: Record<PlaceKind, number> = {
  continent: 3,
  region: 4,
  sea: 4,
  country: 4,
  admin1: 5,
  admin2: 6,
  city: 6,
};

/** Where to move the map to show a place: centred on it, zoomed in enough, never zoomed out. */
export function viewForPlace(
  place: LatLon & { kind: PlaceKind },
  current: MapView | null,
): MapView {
  const wanted = ZOOM_FOR_KIND[place.kind];
  const zoom = current ? Math.max(current.zoom, wanted) : wanted;
  return { lat: place.lat, lon: place.lon, zoom };
}
