import { useEffect, type RefObject } from 'react';
import type { Map as LeafletMap, Marker } from 'leaflet';
import type { LatLon } from '../../shared/place';
import type { ShownPlace } from '../logic/filters';
import { layOutLabels, type LabelCandidate } from '../logic/label-layout';
import { markerSize } from './marker-icon';

// Roughly the width of a 0.8rem bold character; close enough to decide overlaps.
const CHAR_PX = 7.2;

/** A marker with no name of its own (a cluster) that names must still keep clear of. */
export interface Obstacle extends LatLon {
  id: string;
  size: number;
}

/** Moves or hides names that would cover others, redone whenever the zoom or the shown places change. */
export function useLabelLayout(
  map: LeafletMap,
  shown: readonly ShownPlace[],
  selectedId: string | null,
  markers: RefObject<Map<string, Marker>>,
  obstacles: readonly Obstacle[] = [],
) {
  useEffect(
    function placeLabels() {
      const layout = () => {
        const candidates: LabelCandidate[] = shown.map(({ place, count }) => {
          const point = map.latLngToContainerPoint([place.lat, place.lon]);
          const named = place.kind !== 'country' && place.kind !== 'continent';
          const selected = place.id === selectedId;
          return {
            id: place.id,
            x: point.x,
            y: point.y,
            size: markerSize(count),
            labelWidth: named || selected ? place.name.length * CHAR_PX + 4 : 0,
            priority: selected ? Number.MAX_SAFE_INTEGER : count,
          };
        });
        for (const o of obstacles) {
          const point = map.latLngToContainerPoint([o.lat, o.lon]);
          candidates.push({
            id: o.id,
            size: o.size,
            x: point.x,
            y: point.y,
            labelWidth: 0,
            priority: 0,
          });
        }
        const sides = layOutLabels(candidates);
        for (const [id, marker] of markers.current) {
          const element = marker.getElement();
          element?.classList.toggle('dl-label-hidden', sides.get(id) === 'hidden');
          element?.classList.toggle('dl-label-left', sides.get(id) === 'left');
        }
      };
      layout();
      map.on('zoomend', layout);
      return function stopLayingOut() {
        map.off('zoomend', layout);
      };
    },
    [map, shown, selectedId, markers, obstacles],
  );
}
