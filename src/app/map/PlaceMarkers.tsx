import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import {
  buildClusterIndex,
  clusterablePlaces,
  isCluster,
  sameClusterInput,
  type Cluster,
} from '../logic/clusters';
import { isDoubtful } from '../logic/doubt';
import type { ShownPlace } from '../logic/filters';
import type { LabelSide } from '../logic/label-layout';
import { markerAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';
import { AlternativeMarker } from './AlternativeMarker';
import { ClusterMarker } from './ClusterMarker';
import { DrawnMarkersContext, type DrawnMarkers } from './drawn-markers';
import { clusterSize, placeIcon } from './marker-icon';
import { useLabelLayout, type Obstacle } from './useLabelLayout';
import { useVisibleClusters } from './useVisibleClusters';

/**
 * One keyboard-operable marker per shown place, sized by its mention count; places that would
 * crowd each other at this zoom merge into cluster markers. The selected place always stands alone.
 * The children (the optional layers) are drawn inside, reading the markers as drawn at this zoom
 * (drawn-markers.ts): link lines join markers as clustered, not places as they lie.
 */
export function PlaceMarkers({ children }: { children?: ReactNode }) {
  const { shown, shownById } = useShown();
  const selectedId = useAppStore((s) => s.placeId);
  const map = useMap();
  // Rebuilt when the filters, the article or the selection change; never on a pan or zoom, nor
  // when the places come back the same (new objects when the places' series arrive).
  const input = useMemo(() => clusterablePlaces(shown, selectedId), [shown, selectedId]);
  const [built, setBuilt] = useState(() => ({ input, index: buildClusterIndex(input) }));
  let index = built.index;
  if (built.input !== input && !sameClusterInput(built.input, input)) {
    index = buildClusterIndex(input);
    setBuilt({ input, index });
  }
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
  const sides = useLabelLayout(map, places, selectedId, obstacles);
  const drawn = useMemo(
    (): DrawnMarkers => ({ places, clusters, index }),
    [places, clusters, index],
  );

  return (
    <DrawnMarkersContext value={drawn}>
      {children}
      {clusters.map((c) => (
        <ClusterMarker key={`cluster:${c.properties.cluster_id}`} cluster={c} index={index} />
      ))}
      {places.map((s) => (
        <PlaceMarker
          key={s.place.id}
          shown={s}
          selected={s.place.id === selectedId}
          side={sides.get(s.place.id) ?? 'right'}
        />
      ))}
      <AlternativeMarker />
    </DrawnMarkersContext>
  );
}

/**
 * A place's marker. It alone styles its element: selection and label side are classes set here
 * rather than swapping the icon, so the marker keeps keyboard focus (and focus can return to it
 * when the panel closes).
 */
function PlaceMarker({
  shown,
  selected,
  side,
}: {
  shown: ShownPlace;
  selected: boolean;
  side: LabelSide;
}) {
  const { place, count } = shown;
  const doubtful = isDoubtful(place);
  const label = markerAccessibleName(place, count, doubtful);
  const marker = useRef<LeafletMarker>(null);
  const icon = useMemo(
    () =>
      placeIcon({
        id: place.id,
        name: place.name,
        kind: place.kind,
        count,
        doubtful,
        accessibleName: label,
      }),
    [place.id, place.name, place.kind, count, doubtful, label],
  );
  useEffect(
    function styleOwnElement() {
      const element = marker.current?.getElement();
      // react-leaflet sets a marker's title only when it creates it; counts change with the dates.
      element?.setAttribute('title', label);
      element?.classList.toggle('is-selected', selected);
      element?.classList.toggle('dl-label-left', side === 'left');
      element?.classList.toggle('dl-label-hidden', side === 'hidden');
      marker.current?.setZIndexOffset(selected ? 1000 : 0);
    },
    [selected, side, icon, label],
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
      ref={marker}
      position={[place.lat, place.lon]}
      icon={icon}
      title={label}
      keyboard
      riseOnHover
      eventHandlers={handlers}
    />
  );
}
