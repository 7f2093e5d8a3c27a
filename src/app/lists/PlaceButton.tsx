import type { PlaceRef } from '../../shared/schema';
import { kindName } from '../logic/labels';
import { appStore } from '../state/store';

/** A list entry that selects a place and centres the map on it; `title` is its accessible name. */
export function PlaceButton({
  place,
  title,
  current,
}: {
  place: Pick<PlaceRef, 'id' | 'lat' | 'lon' | 'kind'>;
  title: string;
  current: boolean;
}) {
  return (
    <button
      type="button"
      className="dl-list__item"
      aria-current={current ? 'true' : undefined}
      onClick={() => {
        appStore.getState().selectPlace(place, true);
      }}
    >
      <span className="dl-list__title">{title}</span>
      <span className="dl-list__sub" aria-hidden="true">
        {kindName(place.kind)}
      </span>
    </button>
  );
}
