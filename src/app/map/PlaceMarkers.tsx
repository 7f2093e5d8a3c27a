import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker } from 'react-leaflet';
import { useData } from '../data/data-context';
import type { ShownPlace } from '../logic/filters';
import { placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { placeIcon } from './marker-icon';

/** One keyboard-operable marker per shown place, sized by its mention count. */
export function PlaceMarkers() {
  const { shown } = useData();
  const selectedId = useAppStore((s) => s.placeId);
  const markers = useRef(new Map<string, LeafletMarker>());

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
    [selectedId, shown],
  );

  return (
    <>
      {shown.map((s) => (
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
