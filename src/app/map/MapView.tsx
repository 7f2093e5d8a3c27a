import { startTransition, useEffect, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import { MAX_ZOOM, MIN_ZOOM } from '../logic/view';
import { appStore } from '../state/store';
import { Basemap } from './Basemap';
import { PlaceMarkers } from './PlaceMarkers';
import { MapLayers } from './MapLayers';
import { ViewSync } from './ViewSync';
import { FollowSelection } from './FollowSelection';
import { ResizeWatcher } from './ResizeWatcher';
import { Attribution } from './Attribution';
import { MapLegend } from './MapLegend';
import { StagedMount } from './StagedMount';

const WORLD = { lat: 30, lon: 10, zoom: 2 };

// The view is fitted first, so the markers are clustered once, for the view they will show in;
// the markers come before the basemap, whose tiles are painted in a worker and arrive later anyway.
const STAGES = [
  <ViewSync key="view" />,
  <PlaceMarkers key="markers">
    <MapLayers />
  </PlaceMarkers>,
  <Basemap key="basemap" />,
  <ResizeWatcher key="resize" />,
];

/**
 * The map: the embedded basemap, shaded countries, place markers and the optional layers.
 * `onDrawn` is told once the markers and the basemap are in the page.
 */
export function MapView({
  onMap,
  onDrawn,
}: {
  onMap: (map: LeafletMap | null) => void;
  onDrawn?: () => void;
}) {
  // Leaflet reads its container's style and size as it starts: on the page's first render that
  // laid out the whole new page inside the task creating the map (100-250 ms at 100,000
  // articles, issue 7). The map starts after the next frame, whose layout it then reads.
  const [framed, setFramed] = useState(false);
  useEffect(function startAfterFrame() {
    const frame = requestAnimationFrame(() => {
      startTransition(() => {
        setFramed(true);
      });
    });
    return function cancelStart() {
      cancelAnimationFrame(frame);
    };
  }, []);
  // MapContainer reads its centre once; later moves go through ViewSync.
  const start = appStore.getState().view ?? WORLD;
  if (!framed) return <div className="dl-leaflet" />;
  return (
    <>
      <MapContainer
        ref={onMap}
        className="dl-leaflet"
        center={[start.lat, start.lon]}
        zoom={start.zoom}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        zoomSnap={0.25}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={120}
        attributionControl={false}
        worldCopyJump={false}
        maxBounds={[
          [-89, -540],
          [89, 540],
        ]}
      >
        {/* At once, and cheap: a country chosen while the rest mounts is still fitted. */}
        <FollowSelection />
        <StagedMount stages={STAGES} onDone={onDrawn} />
      </MapContainer>
      <MapLegend />
      <Attribution />
    </>
  );
}
