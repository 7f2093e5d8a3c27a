import { useData } from '../data/data-context';
import { kindName, placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';

/** Every shown place as a button named like its marker: "Sochi, Russia: 1 mention". */
export function PlaceList() {
  const { shown } = useData();
  const selectedId = useAppStore((s) => s.placeId);
  if (shown.length === 0) return <p className="dl-empty">No places match the filters.</p>;
  return (
    <ul className="dl-list" aria-label="Places">
      {shown.map(({ place, count }) => (
        <li key={place.id}>
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
      ))}
    </ul>
  );
}
