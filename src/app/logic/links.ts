import type { LatLon } from '../../shared/place';
import type { Link } from './cooccurrence';

/** Where a place is drawn: its own marker, or the cluster that holds it. */
export interface Anchor extends LatLon {
  key: string;
}

/** A line as drawn: between two markers, with the weights of every link it stands for. */
export interface DrawnLink {
  key: string;
  from: Anchor;
  to: Anchor;
  weight: number;
}

/**
 * Links between the markers as drawn, strongest first, at most `limit`: a place inside a cluster
 * links from the cluster, links inside one cluster vanish, and several links between the same
 * two markers become one line carrying their summed weight. Places not drawn are skipped.
 */
export function drawnLinks(
  links: readonly Link[],
  anchorOf: (placeId: string) => Anchor | undefined,
  limit: number,
): DrawnLink[] {
  const byPair = new Map<string, DrawnLink>();
  for (const link of links) {
    const a = anchorOf(link.a);
    const b = anchorOf(link.b);
    if (!a || !b || a.key === b.key) continue;
    const [from, to] = a.key < b.key ? [a, b] : [b, a];
    const key = `${from.key}|${to.key}`;
    const drawn = byPair.get(key);
    if (drawn) drawn.weight += link.weight;
    else byPair.set(key, { key, from, to, weight: link.weight });
  }
  return [...byPair.values()]
    .sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key))
    .slice(0, limit);
}
