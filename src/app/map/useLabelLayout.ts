import { useMemo } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { LatLon } from '../../shared/place';
import type { ShownPlace } from '../logic/filters';
import { layOutLabels, type LabelCandidate, type LabelSide } from '../logic/label-layout';
import { markerSize } from './marker-icon';

// Roughly the width of a 0.8rem bold character; close enough to decide overlaps.
const CHAR_PX = 7.2;

/** A marker with no name of its own (a cluster) that names must still keep clear of. */
export interface Obstacle extends LatLon {
  id: string;
  size: number;
}

/**
 * Which side each name goes, or hidden, so names cover no other name or marker and stay inside the
 * map. `places` changes after every pan, zoom or resize (see useVisibleClusters), so this is redone
 * then; the markers apply the result to their own elements.
 */
export function useLabelLayout(
  map: LeafletMap,
  places: readonly ShownPlace[],
  selectedId: string | null,
  obstacles: readonly Obstacle[],
): Map<string, LabelSide> {
  return useMemo(() => {
    const candidates: LabelCandidate[] = places.map(({ place, count }) => {
      const point = map.latLngToContainerPoint([place.lat, place.lon]);
      const selected = place.id === selectedId;
      return {
        id: place.id,
        x: point.x,
        y: point.y,
        size: markerSize(count),
        labelWidth: place.name.length * CHAR_PX + 4,
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
    const size = map.getSize();
    return layOutLabels(candidates, { width: size.x, height: size.y });
  }, [map, places, selectedId, obstacles]);
}
