import { createContext, useContext } from 'react';
import type { Cluster, ClusterIndex } from '../logic/clusters';
import type { ShownPlace } from '../logic/filters';

/**
 * The markers as drawn at this zoom: lone places and clusters, with the cluster index that says
 * which places each cluster holds. Layers that join or mark the markers (link lines) read it.
 */
export interface DrawnMarkers {
  places: readonly ShownPlace[];
  clusters: readonly Cluster[];
  index: ClusterIndex;
}

export const DrawnMarkersContext = createContext<DrawnMarkers | null>(null);

export function useDrawnMarkers(): DrawnMarkers {
  const drawn = useContext(DrawnMarkersContext);
  if (!drawn) throw new Error('useDrawnMarkers outside <PlaceMarkers>');
  return drawn;
}
