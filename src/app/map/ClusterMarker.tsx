import { useMemo } from 'react';
import type { LeafletKeyboardEvent } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { clusterAccessibleName, type Cluster, type ClusterIndex } from '../logic/clusters';
import { MAX_ZOOM } from '../logic/view';
import { clusterIcon } from './marker-icon';

/** A keyboard-operable group of places; a click, Enter or Space zooms in until it splits. */
export function ClusterMarker({ cluster, index }: { cluster: Cluster; index: ClusterIndex }) {
  const map = useMap();
  const [lon, lat] = cluster.geometry.coordinates;
  const { cluster_id: id, point_count: places, mentions, top } = cluster.properties;
  const label = clusterAccessibleName(places, mentions, top);
  const icon = useMemo(
    () => clusterIcon({ places, mentions, accessibleName: label }),
    [places, mentions, label],
  );
  const handlers = useMemo(() => {
    const zoomIn = () => {
      const zoom = Math.min(index.getClusterExpansionZoom(id), MAX_ZOOM);
      map.setView([lat ?? 0, lon ?? 0], zoom);
      // The cluster's element goes away as it splits; the map keeps focus so Tab goes on from there.
      map.getContainer().focus({ preventScroll: true });
    };
    return {
      click: zoomIn,
      keypress(event: LeafletKeyboardEvent) {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          zoomIn();
        }
      },
    };
  }, [index, id, map, lat, lon]);
  return (
    <Marker
      position={[lat ?? 0, lon ?? 0]}
      icon={icon}
      title={label}
      keyboard
      riseOnHover
      eventHandlers={handlers}
    />
  );
}
