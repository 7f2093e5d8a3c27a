import { divIcon, type DivIcon } from 'leaflet';
import type { PlaceKind } from '../../shared/place';

/** Circle diameter in px: grows with the log of the count so a busy place does not swamp the map. */
export function markerSize(count: number): number {
  return Math.round(22 + 7 * Math.log2(Math.max(1, count)));
}

/** A span holding plain text (textContent, never HTML); `shown` ones are hidden from screen readers. */
function textSpan(className: string, text: string, role: 'shown' | 'spoken'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  if (role === 'shown') span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
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
  doubtful: boolean;
  accessibleName: string;
}): DivIcon {
  const size = markerSize(opts.count);
  const body = document.createElement('span');
  body.className = 'dl-marker__body';
  const count = textSpan('dl-marker__count', String(opts.count), 'shown');
  count.style.width = count.style.height = `${size}px`;
  body.append(
    count,
    textSpan('dl-marker__name', opts.name, 'shown'),
    textSpan('dl-sr-only', opts.accessibleName, 'spoken'),
  );
  const doubt = opts.doubtful ? ' dl-marker--doubtful' : '';
  return centredIcon(body, `dl-marker dl-marker--${opts.kind}${doubt}`, size);
}

/**
 * A cluster's diameter in px: by the log of its mentions like a place, but gentler and capped so
 * neighbouring clusters (centres at least a cluster radius apart) do not pile up.
 */
export function clusterSize(mentions: number): number {
  return Math.min(56, Math.round(28 + 4 * Math.log2(Math.max(1, mentions))));
}

/**
 * A cluster of places, built from DOM nodes like placeIcon: the visible number is the count of
 * places inside, the accessible name says what they are ("12 places, 85 mentions: Nairobi, ...").
 * Sized by the mentions it holds so a busy cluster stands out as a busy place would.
 */
export function clusterIcon(opts: {
  places: number;
  mentions: number;
  accessibleName: string;
}): DivIcon {
  const size = clusterSize(opts.mentions);
  const body = document.createElement('span');
  body.className = 'dl-cluster__body';
  body.style.width = body.style.height = `${size}px`;
  body.append(
    textSpan('dl-cluster__count', String(opts.places), 'shown'),
    textSpan('dl-sr-only', opts.accessibleName, 'spoken'),
  );
  return centredIcon(body, 'dl-cluster', size);
}

/** A dashed ring with its name: another reading of the selected place, shown from its panel. */
export function alternativeIcon(name: string): DivIcon {
  const size = 26;
  const body = document.createElement('span');
  body.className = 'dl-marker__body';
  const ring = textSpan('dl-marker__count', '?', 'shown');
  ring.style.width = ring.style.height = `${size}px`;
  body.append(ring, textSpan('dl-marker__name', name, 'shown'));
  return centredIcon(body, 'dl-marker dl-marker--alternative', size);
}

/** A square DOM icon of `size` px whose centre sits on the point. */
function centredIcon(body: HTMLElement, className: string, size: number): DivIcon {
  return divIcon({
    html: body,
    className,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
