import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { ShownPlace } from './filters';
import { MAX_ZOOM } from './view';

/** What each place carries into the index. */
export interface PointProps {
  id: string;
}

/** A named place and its mentions, the unit a cluster's description is built from. */
export interface NamedCount {
  name: string;
  count: number;
}

/** What a cluster accumulates from the places inside it. */
export interface ClusterProps {
  mentions: number;
  /** The most mentioned places inside, most first; at most TOP_NAMES of them. */
  top: NamedCount[];
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps>;
export type Cluster = ClusterFeature<ClusterProps>;

/** How many place names a cluster's accessible name lists before "and N more". */
export const TOP_NAMES = 3;

/**
 * Screen px within which markers merge. Leaflet's tiles are 256 px, so extent 256 makes the
 * radius real screen pixels; a little over the largest cluster disc, so clusters rarely touch.
 */
const RADIUS_PX = 60;

/** Most mentioned first, then by name, so the order never depends on how clusters merged. */
function byCount(a: NamedCount, b: NamedCount): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}

/** The TOP_NAMES most mentioned of two lists. */
export function mergeTop(a: readonly NamedCount[], b: readonly NamedCount[]): NamedCount[] {
  return [...a, ...b].sort(byCount).slice(0, TOP_NAMES);
}

/**
 * The places that may merge into clusters: every shown place but the selected one, which always
 * stands alone so a deep link, Back or a list click never leaves it hidden inside a cluster.
 * Countries, seas and continents join too: their badges crowd Europe as much as cities do, and
 * the shading still shows (and opens) every mentioned country at any zoom.
 */
export function clusterablePlaces(
  shown: readonly ShownPlace[],
  selectedId: string | null,
): ShownPlace[] {
  return shown.filter((s) => s.place.id !== selectedId);
}

/**
 * Whether two lists of places would make the same index: the same places, in the same order,
 * at the same spots with the same counts. The places' day series arriving after the first view
 * makes every shown place a new object with nothing changed for the map.
 */
export function sameClusterInput(a: readonly ShownPlace[], b: readonly ShownPlace[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const t = b[i];
    return (
      t !== undefined &&
      s.count === t.count &&
      s.place.id === t.place.id &&
      s.place.name === t.place.name &&
      s.place.lat === t.place.lat &&
      s.place.lon === t.place.lon
    );
  });
}

/** A supercluster index over the places; built once per set of places, queried on every move. */
export function buildClusterIndex(places: readonly ShownPlace[]): ClusterIndex {
  const counts = new Map(places.map((s) => [s.place.id, s]));
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: RADIUS_PX,
    extent: 256,
    // At the closest zoom every place stands alone, even two at the same spot.
    maxZoom: MAX_ZOOM - 1,
    map: (props) => {
      const s = counts.get(props.id);
      return {
        mentions: s?.count ?? 0,
        top: s ? [{ name: s.place.name, count: s.count }] : [],
      };
    },
    reduce: (acc, props) => {
      acc.mentions += props.mentions;
      acc.top = mergeTop(acc.top, props.top);
    },
  });
  const points: PointFeature<PointProps>[] = places.map(({ place }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: { id: place.id },
  }));
  return index.load(points);
}

/** The part of the world to ask the index about, in supercluster's [west, south, east, north]. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Places are drawn only at their own longitude (no world copies), so a view that runs past the
 * antimeridian is clipped to [-180, 180] rather than wrapped.
 */
export function clampBounds(b: Bounds): [number, number, number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [
    clamp(b.west, -180, 180),
    clamp(b.south, -90, 90),
    clamp(b.east, -180, 180),
    clamp(b.north, -90, 90),
  ];
}

export function isCluster(feature: Cluster | PointFeature<PointProps>): feature is Cluster {
  return 'cluster' in feature.properties && feature.properties.cluster;
}

/**
 * What a cluster says to a screen reader, never a bare number:
 * "12 places, 85 mentions: Nairobi, Mombasa, Kisumu and 9 more. Zoom to see them all".
 */
export function clusterAccessibleName(
  placeCount: number,
  mentions: number,
  top: readonly NamedCount[],
): string {
  const names = top.map((t) => t.name);
  const more = placeCount - names.length;
  const list =
    more > 0
      ? `${names.join(', ')} and ${more} more`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
        : names.join('');
  const mentionWord = mentions === 1 ? 'mention' : 'mentions';
  return `${placeCount} places, ${mentions} ${mentionWord}: ${list}. Zoom to see them all`;
}
