import { useEffect } from 'react';
import { latLngBounds } from 'leaflet';
import { useMap } from 'react-leaflet';
import { isDoubtful } from '../logic/doubt';
import { mainGroup } from '../logic/view';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';
import { showsView } from './shows-view';

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
      // Only a new view moves the map: new data (the places' day series arriving, a filter) is
      // no reason to move it, and Leaflet's centre read back after a resize is a pixel off.
      if (view && !showsView(map, view)) {
        map.setView([view.lat, view.lon], view.zoom, { animate: false });
      }
    },
    [map, view],
  );

  // The places to fit while there is no view; none once there is, so new data does not refit.
  const toFit = view ? null : shown;
  useEffect(
    function fitShownPlaces() {
      if (!toFit) return;
      // No view yet (first visit, or a new article): fit the main group of the places shown, so
      // one far-away doubtful reading does not pull the view across an ocean.
      const fitted = mainGroup(
        toFit.map(({ place, count }) => ({
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
    [map, toFit],
  );

  useEffect(
    function reportMoves() {
      const onMoveEnd = () => {
        // A "move" that left the store's view on screen (a pan by less than a pixel, a resize)
        // keeps that view as it is, to the last digit of its address.
        const { view: held } = appStore.getState();
        if (held && showsView(map, held)) return;
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
