import { useMemo } from 'react';
import { latLngBounds, point, type LeafletKeyboardEvent } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { clusterAccessibleName, type Cluster, type ClusterIndex } from '../logic/clusters';
import { MAX_ZOOM } from '../logic/view';
import { clusterIcon } from './marker-icon';

/**
 * A keyboard-operable group of places. A click, Enter or Space goes in one step to where the
 * group splits: its members' extent, or closer if they still merge there (supercluster's
 * expansion zoom), so a big cluster never takes one click per zoom level.
 */
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
      const members = latLngBounds(
        index.getLeaves(id, Infinity).map((leaf) => {
          const [leafLon = 0, leafLat = 0] = leaf.geometry.coordinates;
          return [leafLat, leafLon];
        }),
      );
      const fits = map.getBoundsZoom(members, false, point(80, 80));
      const zoom = Math.min(Math.max(index.getClusterExpansionZoom(id), fits), MAX_ZOOM);
      map.setView(members.getCenter(), zoom);
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
  }, [index, id, map]);
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
