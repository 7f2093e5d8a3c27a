import { useContext, useEffect, useState } from 'react';
import { MapRefContext } from '../data/data-context';
import type { Bounds } from '../logic/geojson';

/** The map's bounds after each pan or zoom, while `on`; null when off or before the map exists. */
export function useMapBounds(on: boolean): Bounds | null {
  const mapRef = useContext(MapRefContext);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  useEffect(
    function followMap() {
      const map = mapRef.current;
      if (!on || !map) return;
      const read = () => {
        const b = map.getBounds();
        setBounds({
          south: b.getSouth(),
          west: b.getWest(),
          north: b.getNorth(),
          east: b.getEast(),
        });
      };
      read();
      map.on('moveend', read);
      return function stopFollowing() {
        map.off('moveend', read);
      };
    },
    [on, mapRef],
  );
  return on ? bounds : null;
}
