import { useData } from '../data/data-context';
import { kindName, placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { useVirtualList } from './use-virtual-list';

/** Every shown place as a button named like its marker: "Sochi, Russia: 1 mention". Virtualised. */
export function PlaceList() {
  const { shown } = useData();
  const selectedId = useAppStore((s) => s.placeId);
  const selected = selectedId ? shown.findIndex((s) => s.place.id === selectedId) : -1;
  const { listRef, virtualizer, margin } = useVirtualList<HTMLUListElement>(
    shown.length,
    52,
    selected,
  );
  if (shown.length === 0) return <p className="dl-empty">No places match the filters.</p>;
  return (
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
            <button
              type="button"
              className="dl-list__item"
              aria-current={place.id === selectedId ? 'true' : undefined}
              onClick={() => {
                appStore.getState().selectPlace(place, true);
              }}
            >
              <span className="dl-list__title">{placeAccessibleName(place, count)}</span>
              <span className="dl-list__sub" aria-hidden="true">
                {kindName(place.kind)}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
