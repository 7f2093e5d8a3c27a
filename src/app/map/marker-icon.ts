import { divIcon, type DivIcon } from 'leaflet';
import type { PlaceKind } from '../../shared/place';

/** Circle diameter in px: grows with the log of the count so a busy place does not swamp the map. */
export function markerSize(count: number): number {
  return Math.round(22 + 7 * Math.log2(Math.max(1, count)));
}

/**
 * A marker built from DOM nodes, never an HTML string, so a place name cannot inject markup.
 * The visible count and name are hidden from screen readers; the element's accessible name is
 * the full description ("Sochi, Russia: 1 mention").
 */
export function placeIcon(opts: {
  id: string;
  name: string;
  kind: PlaceKind;
  count: number;
  accessibleName: string;
}): DivIcon {
  const size = markerSize(opts.count);
  const body = document.createElement('span');
  body.className = 'dl-marker__body';
  const count = document.createElement('span');
  count.className = 'dl-marker__count';
  count.setAttribute('aria-hidden', 'true');
  count.style.width = count.style.height = `${size}px`;
  count.textContent = String(opts.count);
  const name = document.createElement('span');
  name.className = 'dl-marker__name';
  name.setAttribute('aria-hidden', 'true');
  name.textContent = opts.name;
  const spoken = document.createElement('span');
  spoken.className = 'dl-sr-only';
  spoken.textContent = opts.accessibleName;
  body.append(count, name, spoken);
  return divIcon({
    html: body,
    className: `dl-marker dl-marker--${opts.kind}${opts.count === 1 ? ' dl-marker--minor' : ''}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
