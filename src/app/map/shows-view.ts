import type { Map as LeafletMap } from 'leaflet';
import { wrapLon, type MapView } from '../logic/view';

/**
 * Whether the map already shows a view: the same zoom, and its centre less than a pixel from the
 * view's. Leaflet pans by whole pixels, so a view closer than that is the one on screen; and after
 * a resize Leaflet reads its centre back from pixels (up to a pixel off the centre it was given),
 * which must not pass for a move: it would rewrite the address of a view nobody moved.
 */
export function showsView(map: LeafletMap, view: MapView): boolean {
  const zoom = map.getZoom();
  if (Math.abs(zoom - view.zoom) > 1e-9) return false;
  const centre = map.getCenter();
  // Compared on the same world copy: Leaflet lets the centre drift past the antimeridian.
  const lon = centre.lng - wrapLon(centre.lng - view.lon);
  const shown = map.project(centre, zoom);
  const wanted = map.project([view.lat, lon], zoom);
  return Math.abs(shown.x - wanted.x) < 1 && Math.abs(shown.y - wanted.y) < 1;
}
