import { useMemo } from 'react';
import { placesInBounds } from '../logic/geojson';
import { placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';
import { Toggle } from '../toolbar/Toggle';
import { PlaceButton } from './PlaceButton';
import { useMapBounds } from './use-map-bounds';
import { VirtualList } from './VirtualList';

/**
 * Every shown place as a button named like its marker: "Sochi, Russia: 1 mention". Virtualised;
 * "Only places in view" makes it follow the map as it pans.
 */
export function PlaceList() {
  const { shown: all } = useShown();
  const onlyInView = useAppStore((s) => s.onlyInView);
  const bounds = useMapBounds(onlyInView);
  const shown = useMemo(() => (bounds ? placesInBounds(all, bounds) : all), [all, bounds]);
  const selectedId = useAppStore((s) => s.placeId);
  const selected = selectedId ? shown.findIndex((s) => s.place.id === selectedId) : -1;
  const toggle = (
    <Toggle
      className="dl-in-view"
      label={`Only places in view${bounds ? ` (${String(shown.length)})` : ''}`}
      checked={onlyInView}
      onChange={(checked) => {
        appStore.getState().setOnlyInView(checked);
      }}
    />
  );
  if (shown.length === 0) {
    return (
      <>
        {toggle}
        <p className="dl-empty">{bounds ? 'No places in view.' : 'No places match the filters.'}</p>
      </>
    );
  }
  return (
    <>
      {toggle}
      <VirtualList
        label="Places"
        count={shown.length}
        estimate={52}
        keep={selected}
        keyOf={(row) => shown[row]?.place.id ?? String(row)}
      >
        {(row) => {
          const item = shown[row];
          if (!item) return null;
          const { place, count } = item;
          return (
            <PlaceButton
              place={place}
              title={placeAccessibleName(place, count)}
              current={place.id === selectedId}
            />
          );
        }}
      </VirtualList>
    </>
  );
}
