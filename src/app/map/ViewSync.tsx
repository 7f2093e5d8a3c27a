import { useEffect } from 'react';
import { latLngBounds } from 'leaflet';
import { useMap } from 'react-leaflet';
import { isDoubtful } from '../logic/doubt';
import { mainGroup, sameView } from '../logic/view';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';

/**
 * Two-way link between the store's view and the Leaflet map: the store moves the map (a link,
 * Back, a selection), and the map reports where the user has panned or zoomed to.
 */
export function ViewSync() {
  const map = useMap();
  const view = useAppStore((s) => s.view);
  const { shown } = useShown();

  useEffect(
    function followStoreView() {
      if (view) {
        const c = map.getCenter();
        if (!sameView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() }, view)) {
          map.setView([view.lat, view.lon], view.zoom, { animate: false });
        }
        return;
      }
      // No view yet (first visit, or a new article): fit the main group of the places shown, so
      // one far-away doubtful reading does not pull the view across an ocean.
      const fitted = mainGroup(
        shown.map(({ place, count }) => ({
          lat: place.lat,
          lon: place.lon,
          weight: count,
          doubtful: isDoubtful(place),
        })),
      );
      if (fitted.length === 0) {
        map.setView([30, 10], 2, { animate: false });
      } else {
        const bounds = latLngBounds(fitted.map((p) => [p.lat, p.lon]));
        map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6, animate: false });
      }
      const c = map.getCenter();
      appStore.getState().setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    },
    [map, view, shown],
  );

  useEffect(
    function reportMoves() {
      const onMoveEnd = () => {
        const c = map.getCenter();
        appStore.getState().setView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
      };
      map.on('moveend', onMoveEnd);
      return function stopReporting() {
        map.off('moveend', onMoveEnd);
      };
    },
    [map],
  );
  return null;
}
