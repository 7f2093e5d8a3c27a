import { useMemo } from 'react';
import { placesInBounds } from '../logic/geojson';
import { placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { useShown } from '../state/use-derived';
import { Toggle } from '../toolbar/Toggle';
import { PlaceButton } from './PlaceButton';
import { useMapBounds } from './use-map-bounds';
import { useVirtualList } from './use-virtual-list';

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
  const { listRef, virtualizer, margin } = useVirtualList<HTMLUListElement>(
    shown.length,
    52,
    selected,
  );
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
      <ul
        ref={listRef}
        className="dl-list dl-virtual"
        aria-label="Places"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = shown[row.index];
          if (!item) return null;
          const { place, count } = item;
          return (
            <li
              key={place.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={shown.length}
              style={{ transform: `translateY(${row.start - margin}px)` }}
            >
              <PlaceButton
                place={place}
                title={placeAccessibleName(place, count)}
                current={place.id === selectedId}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
