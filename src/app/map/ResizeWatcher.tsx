import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet measures its container once; without this a resized map shows blank strips. */
export function ResizeWatcher() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => {
        // Keeps the same place in the centre while the container grows or shrinks.
        map.invalidateSize();
      });
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
