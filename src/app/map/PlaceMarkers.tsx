import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { useData } from '../data/data-context';
import { buildClusterIndex, clusterablePlaces, isCluster, type Cluster } from '../logic/clusters';
import type { ShownPlace } from '../logic/filters';
import { placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { ClusterMarker } from './ClusterMarker';
import { clusterSize, placeIcon } from './marker-icon';
import { useLabelLayout, type Obstacle } from './useLabelLayout';
import { useVisibleClusters } from './useVisibleClusters';

/**
 * One keyboard-operable marker per shown place, sized by its mention count; places that would
 * crowd each other at this zoom merge into cluster markers. The selected place always stands alone.
 */
export function PlaceMarkers() {
  const { shown, shownById } = useData();
  const selectedId = useAppStore((s) => s.placeId);
  const map = useMap();
  const markers = useRef(new Map<string, LeafletMarker>());
  // Rebuilt when the filters, the article or the selection change; never on a pan or zoom.
  const index = useMemo(
    () => buildClusterIndex(clusterablePlaces(shown, selectedId)),
    [shown, selectedId],
  );
  const features = useVisibleClusters(map, index);
  const { places, clusters } = useMemo(() => {
    const places: ShownPlace[] = [];
    const clusters: Cluster[] = [];
    for (const f of features) {
      if (isCluster(f)) clusters.push(f);
      else {
        const s = shownById.get(f.properties.id);
        if (s) places.push(s);
      }
    }
    const selected = selectedId ? shownById.get(selectedId) : undefined;
    if (selected) places.push(selected);
    return { places, clusters };
  }, [features, shownById, selectedId]);
  const obstacles = useMemo(
    (): Obstacle[] =>
      clusters.map((c) => ({
        id: `cluster:${c.properties.cluster_id}`,
        lat: c.geometry.coordinates[1] ?? 0,
        lon: c.geometry.coordinates[0] ?? 0,
        size: clusterSize(c.properties.mentions),
      })),
    [clusters],
  );
  useLabelLayout(map, places, selectedId, markers, obstacles);

  useEffect(
    // The selection restyles the existing element rather than swapping the icon, so the
    // marker keeps keyboard focus and focus can return to it when the panel closes.
    function markSelected() {
      for (const [id, marker] of markers.current) {
        const selected = id === selectedId;
        marker.getElement()?.classList.toggle('is-selected', selected);
        marker.setZIndexOffset(selected ? 1000 : 0);
      }
    },
    [selectedId, places],
  );

  return (
    <>
      {clusters.map((c) => (
        <ClusterMarker key={`cluster:${c.properties.cluster_id}`} cluster={c} index={index} />
      ))}
      {places.map((s) => (
        <PlaceMarker key={s.place.id} shown={s} markers={markers} />
      ))}
    </>
  );
}

function PlaceMarker({
  shown,
  markers,
}: {
  shown: ShownPlace;
  markers: RefObject<Map<string, LeafletMarker>>;
}) {
  const { place, count } = shown;
  const label = placeAccessibleName(place, count);
  const icon = useMemo(
    () =>
      placeIcon({ id: place.id, name: place.name, kind: place.kind, count, accessibleName: label }),
    [place.id, place.name, place.kind, count, label],
  );
  const handlers = useMemo(
    () => ({
      click() {
        appStore.getState().selectPlace(place, false);
      },
      keypress(event: LeafletKeyboardEvent) {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          appStore.getState().selectPlace(place, false);
        }
      },
    }),
    [place],
  );
  return (
    <Marker
      position={[place.lat, place.lon]}
      icon={icon}
      title={label}
      keyboard
      riseOnHover
      eventHandlers={handlers}
      ref={(marker) => {
        if (!marker) return;
        markers.current.set(place.id, marker);
        return () => {
          markers.current.delete(place.id);
        };
      }}
    />
  );
}
