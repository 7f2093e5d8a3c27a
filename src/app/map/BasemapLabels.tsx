import { useEffect, useMemo, useState } from 'react';
import { divIcon, type Map as LeafletMap } from 'leaflet';
import { Marker, Pane, useMap } from 'react-leaflet';
import type { MapLabel } from '../../shared/schema';
import { pickLabels, type ScreenLabel } from '../logic/basemap-labels';
import { useShown } from '../state/use-derived';

// Rough text metrics of the label styles in styles.css; close enough to keep names apart.
const CHAR_PX = { country: 7.5, city: 6.2 };
const HEIGHT_PX = 14;
const MAX_LABELS = 120;
// About a place marker's disc; a name under one would only peek out at its sides.
const MARKER_PX = 30;

function frameOf(map: LeafletMap) {
  return { zoom: map.getZoom(), bounds: map.getBounds(), size: map.getSize() };
}

function labelIcon(name: string, kind: 'country' | 'city', width: number) {
  const span = document.createElement('span');
  span.textContent = name;
  span.setAttribute('aria-hidden', 'true');
  return divIcon({
    html: span,
    className: `dl-basemap-label dl-basemap-label--${kind}`,
    iconSize: [width, HEIGHT_PX],
    iconAnchor: [width / 2, HEIGHT_PX / 2],
  });
}

/**
 * Names of the larger countries and cities, for bearings where the map would be a flat colour.
 * Decorative (hidden from screen readers; the place list and markers carry the names that matter)
 * and drawn under the place markers. A shown place's name is left to its marker.
 */
export function BasemapLabels({
  labels,
}: {
  labels: { countries: MapLabel[]; cities: MapLabel[] };
}) {
  const map = useMap();
  const { shown } = useShown();
  const [frame, setFrame] = useState(() => frameOf(map));
  useEffect(
    function followMoves() {
      const redo = () => {
        setFrame(frameOf(map));
      };
      map.on('moveend resize', redo);
      return function stopFollowing() {
        map.off('moveend resize', redo);
      };
    },
    [map],
  );
  // A shown place's marker names it already; a second, fainter name underneath only blurs it.
  const badged = useMemo(() => new Set(shown.map((s) => s.place.name)), [shown]);
  const picked = useMemo(() => {
    const { zoom, bounds, size } = frame;
    const candidates: ScreenLabel[] = [];
    const add = (label: MapLabel, kind: 'country' | 'city') => {
      if (label.minZoom > zoom || !bounds.contains([label.lat, label.lon])) return;
      const p = map.latLngToContainerPoint([label.lat, label.lon]);
      const width = Math.ceil(label.name.length * CHAR_PX[kind]) + 4;
      candidates.push({ label, kind, x: p.x, y: p.y, width, height: HEIGHT_PX });
    };
    for (const label of labels.countries) if (!badged.has(label.name)) add(label, 'country');
    for (const label of labels.cities) if (!badged.has(label.name)) add(label, 'city');
    const markers = shown
      .filter((s) => bounds.contains([s.place.lat, s.place.lon]))
      .map((s) => {
        const p = map.latLngToContainerPoint([s.place.lat, s.place.lon]);
        return { x: p.x, y: p.y, width: MARKER_PX, height: MARKER_PX };
      });
    return pickLabels(candidates, zoom, { width: size.x, height: size.y }, MAX_LABELS, markers);
  }, [map, labels, badged, frame, shown]);
  return (
    <Pane name="dl-labels" style={{ zIndex: 450 }}>
      {picked.map((c) => (
        <LabelMarker key={`${c.kind}:${c.label.name}:${c.label.lat}`} candidate={c} />
      ))}
    </Pane>
  );
}

function LabelMarker({ candidate }: { candidate: ScreenLabel }) {
  const { label, kind, width } = candidate;
  const icon = useMemo(() => labelIcon(label.name, kind, width), [label.name, kind, width]);
  return (
    <Marker
      pane="dl-labels"
      position={[label.lat, label.lon]}
      icon={icon}
      interactive={false}
      keyboard={false}
    />
  );
}
