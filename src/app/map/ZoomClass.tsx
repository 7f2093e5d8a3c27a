import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Below this zoom a whole continent fits on screen and once-mentioned names overlap. */
const LABEL_ZOOM = 4;

/** Marks the map container as zoomed out, so CSS can thin the labels without re-rendering markers. */
export function ZoomClass() {
  const map = useMap();
  useEffect(
    function trackZoom() {
      const update = () => {
        map.getContainer().classList.toggle('dl-zoomed-out', map.getZoom() < LABEL_ZOOM);
      };
      update();
      map.on('zoomend', update);
      return function stopTracking() {
        map.off('zoomend', update);
      };
    },
    [map],
  );
  return null;
}
