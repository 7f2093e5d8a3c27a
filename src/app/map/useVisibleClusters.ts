import { useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { clampBounds, type ClusterIndex } from '../logic/clusters';

interface Frame {
  bbox: [number, number, number, number];
  zoom: number;
}

// A quarter screen of margin on each side, so a short pan does not reveal an empty strip.
const MARGIN = 0.25;

function frameOf(map: LeafletMap): Frame {
  const b = map.getBounds().pad(MARGIN);
  return {
    bbox: clampBounds({
      west: b.getWest(),
      south: b.getSouth(),
      east: b.getEast(),
      north: b.getNorth(),
    }),
    zoom: map.getZoom(),
  };
}

/**
 * The clusters and lone places in and around the current view. The index is built elsewhere,
 * once per set of places; here it is only queried, after each pan or zoom ends.
 */
export function useVisibleClusters(map: LeafletMap, index: ClusterIndex) {
  const [frame, setFrame] = useState(() => frameOf(map));
  useEffect(
    function followMoves() {
      const onMoveEnd = () => {
        setFrame(frameOf(map));
      };
      // A resize (the panel opening) moves every marker on screen without always ending a move.
      map.on('moveend resize', onMoveEnd);
      return function stopFollowing() {
        map.off('moveend resize', onMoveEnd);
      };
    },
    [map],
  );
  return useMemo(() => index.getClusters(frame.bbox, frame.zoom), [index, frame]);
}
