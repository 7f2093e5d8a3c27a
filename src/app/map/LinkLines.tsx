import { useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import type { Link } from '../logic/cooccurrence';
import { drawnLinks, type Anchor } from '../logic/links';
import { useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';
import { useDrawnMarkers } from './drawn-markers';

/**
 * Lines between places mentioned in the same passage, thicker for pairs that co-occur more, from
 * marker to marker as drawn: a place inside a cluster links from the cluster, and only the
 * strongest lines (the toolbar's choice) are drawn. Purely visual: the "Mentioned with" list in
 * the place panel is their accessible counterpart.
 */
export function LinkLines({ data: links }: { data: readonly Link[] }) {
  const limit = useAppStore((s) => s.linkLimit);
  const { shownById } = useShown();
  const { places, clusters, index } = useDrawnMarkers();
  const lines = useMemo(() => {
    const anchors = new Map<string, Anchor>();
    for (const c of clusters) {
      const [lon = 0, lat = 0] = c.geometry.coordinates;
      const anchor = { key: `cluster:${c.properties.cluster_id}`, lat, lon };
      for (const leaf of index.getLeaves(c.properties.cluster_id, Infinity)) {
        anchors.set(leaf.properties.id, anchor);
      }
    }
    for (const { place } of places) {
      anchors.set(place.id, { key: place.id, lat: place.lat, lon: place.lon });
    }
    // A place off screen (not queried at this frame) keeps its own position: its line still
    // leaves the view in the right direction.
    const anchorOf = (id: string): Anchor | undefined => {
      const place = shownById.get(id)?.place;
      return anchors.get(id) ?? (place && { key: id, lat: place.lat, lon: place.lon });
    };
    return drawnLinks(links, anchorOf, limit);
  }, [clusters, places, index, links, shownById, limit]);
  return (
    <>
      {lines.map((line) => (
        <Polyline
          key={line.key}
          positions={[
            [line.from.lat, line.from.lon],
            [line.to.lat, line.to.lon],
          ]}
          interactive={false}
          pathOptions={{
            color: '#1d4e89',
            weight: 1 + 2 * Math.sqrt(line.weight),
            opacity: 0.35 + Math.min(0.5, line.weight / 10),
          }}
        />
      ))}
    </>
  );
}
