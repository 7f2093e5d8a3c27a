import { EARTH_RADIUS_KM, type LatLon, type PlaceKind } from '../../shared/place';

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

/** A place as fitting sees it: where it is, how much it counts, and whether it is doubtful. */
export interface FitPoint extends LatLon {
  weight: number;
  doubtful: boolean;
}

// Places closer than this join one group (single linkage): a region's towns stay together while
// another continent's stay apart.
const GROUP_KM = 2000;
// A group carrying less than this share of the heaviest group's mentions is an outlier.
const MINOR_SHARE = 0.25;
// Fitting considers the most mentioned places only; pairwise grouping is quadratic.
const MAX_FIT_POINTS = 400;

/** x, y, z on the unit sphere of each point, in one flat array. */
function unitVectors(points: readonly LatLon[]): Float64Array {
  const out = new Float64Array(points.length * 3);
  points.forEach(({ lat, lon }, i) => {
    const phi = (lat * Math.PI) / 180;
    const lambda = (lon * Math.PI) / 180;
    out[3 * i] = Math.cos(phi) * Math.cos(lambda);
    out[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
    out[3 * i + 2] = Math.sin(phi);
  });
  return out;
}

/**
 * The places a view should fit: the main group, not every place. Doubtful places never count
 * when a sure one exists; the rest form groups of neighbours, and groups with a small share of
 * the mentions (one false "Peru" in an Ohio story) are left out. Several heavy groups (a story
 * on Washington and Moscow) are all kept.
 */
export function mainGroup<T extends FitPoint>(points: readonly T[]): T[] {
  const sure = points.filter((p) => !p.doubtful);
  const pool = [...(sure.length > 0 ? sure : points)]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_FIT_POINTS);
  const group = pool.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (group[r] !== r) r = group[r] ?? r;
    return r;
  };
  // Points on the unit sphere: two lie within GROUP_KM when their dot product is at least the
  // cosine of that arc. The same test as distanceKm's, without its trigonometry per pair, which
  // made this loop a 50 ms task before the first markers at 100,000 articles (issue 7).
  const unit = unitVectors(pool);
  const near = Math.cos(GROUP_KM / EARTH_RADIUS_KM);
  // The pair loop inlined, with i's vector in locals: ~80,000 pairs run before the first
  // markers, while the code is still cold.
  for (let i = 0; i < pool.length; i++) {
    const xi = unit[3 * i] ?? 0;
    const yi = unit[3 * i + 1] ?? 0;
    const zi = unit[3 * i + 2] ?? 0;
    for (let j = i + 1; j < pool.length; j++) {
      const dot =
        xi * (unit[3 * j] ?? 0) + yi * (unit[3 * j + 1] ?? 0) + zi * (unit[3 * j + 2] ?? 0);
      if (dot >= near) group[root(j)] = root(i);
    }
  }
  const weights = new Map<number, number>();
  pool.forEach((p, i) => weights.set(root(i), (weights.get(root(i)) ?? 0) + p.weight));
  const heaviest = Math.max(0, ...weights.values());
  return pool.filter((_, i) => (weights.get(root(i)) ?? 0) >= heaviest * MINOR_SHARE);
}

/** A box in degrees; `east` may pass 180 when the box crosses the antimeridian. */
export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The box around a shape's vertices, each longitude taken within 180 degrees of `aroundLon`, so
 * Russia's islands past the antimeridian stretch its box east rather than across the whole world.
 */
export function boxAround(coordinates: unknown, aroundLon: number): Box | null {
  const box = { south: 90, west: Infinity, north: -90, east: -Infinity };
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    const [lon, lat] = c as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number') {
      const near = aroundLon + ((((lon - aroundLon + 180) % 360) + 360) % 360) - 180;
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
      box.west = Math.min(box.west, near);
      box.east = Math.max(box.east, near);
    } else c.forEach(visit);
  };
  visit(coordinates);
  return box.west === Infinity ? null : box;
}
