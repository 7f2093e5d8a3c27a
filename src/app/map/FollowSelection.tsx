import { useEffect } from 'react';
import { latLngBounds, point } from 'leaflet';
import { useMap } from 'react-leaflet';
import { useBasemap } from '../data/data-context';
import { shapeGeometry } from '../logic/basemap-shapes';
import { boxAround } from '../logic/view';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';

// Px the selected place keeps from the map's edges; the panel beside the map narrows it.
const MARGIN = 40;

/**
 * Keeps the selected place in sight. A country selected from the list or search fits its shape
 * (Russia whole, not its centroid at zoom 4); and when the panel opens and narrows the map, or
 * the selection changes, a place left outside the view is panned back into it.
 */
export function FollowSelection() {
  const map = useMap();
  const basemap = useBasemap();
  const { shownById } = useShown();
  const placeId = useAppStore((s) => s.placeId);

  useEffect(
    function fitSelectedCountry() {
      return appStore.subscribe((state, previous) => {
        // A deliberate move to a new place shows as a new view in the same update.
        if (!state.placeId || state.placeId === previous.placeId || state.view === previous.view)
          return;
        const place = shownById.get(state.placeId)?.place;
        if (place?.kind !== 'country' || !basemap) return;
        const shape = basemap.areas.find((s) => s.properties.iso2 === place.country);
        const box = shape ? boxAround(shapeGeometry(shape).coordinates, place.lon) : null;
        if (!box) return;
        const bounds = latLngBounds([box.south, box.west], [box.north, box.east]);
        const zoom = Math.min(map.getBoundsZoom(bounds, false, point(MARGIN * 2, MARGIN * 2)), 6);
        const centre = bounds.getCenter();
        state.setView({ lat: centre.lat, lon: centre.lng, zoom });
      });
    },
    [map, basemap, shownById],
  );

  useEffect(
    function keepSelectedInView() {
      const place = placeId ? shownById.get(placeId)?.place : undefined;
      if (!place) return;
      const check = () => {
        const p = map.latLngToContainerPoint([place.lat, place.lon]);
        const size = map.getSize();
        const inside =
          p.x >= MARGIN && p.y >= MARGIN && p.x <= size.x - MARGIN && p.y <= size.y - MARGIN;
        if (!inside) map.panTo([place.lat, place.lon], { animate: false });
      };
      // After the panel's arrival has resized the map (ResizeWatcher), and on later resizes.
      const timer = setTimeout(check, 100);
      map.on('resize', check);
      return function stopKeeping() {
        clearTimeout(timer);
        map.off('resize', check);
      };
    },
    [map, placeId, shownById],
  );
  return null;
}
