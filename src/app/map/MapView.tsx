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

const WORLD = { lat: 30, lon: 10, zoom: 2 };

/** The map: the embedded basemap, shaded countries, place markers and the optional layers. */
export function MapView({ onMap }: { onMap: (map: LeafletMap | null) => void }) {
  // MapContainer reads its centre once; later moves go through ViewSync.
  const start = appStore.getState().view ?? WORLD;
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
        <Basemap />
        <PlaceMarkers>
          <MapLayers />
        </PlaceMarkers>
        <ViewSync />
        <FollowSelection />
        <ResizeWatcher />
      </MapContainer>
      <MapLegend />
      <Attribution />
    </>
  );
}
