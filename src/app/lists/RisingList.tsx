import { placeAccessibleName } from '../logic/labels';
import { riseText } from '../logic/rise';
import { formatDays } from '../logic/timeline';
import { selectRising } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useDeriveInput } from '../state/use-derived';
import { PlaceButton } from './PlaceButton';

/**
 * "Rising": places whose share of the mentions in the chosen dates rose most against the same
 * length of time just before (logic/rise.ts), each with how much ("×3.2, 14 vs 4 mentions").
 */
export function RisingList() {
  const { window, previous, entries } = selectRising(useDeriveInput());
  const selectedId = useAppStore((s) => s.placeId);
  if (!window || !previous) {
    return (
      <p className="dl-empty">
        Choose dates on the timeline to see which places rose against the days before them.
      </p>
    );
  }
  const compared = `${formatDays(window)} against ${formatDays(previous)}`;
  if (entries.length === 0) {
    return <p className="dl-empty">No place rose clearly: {compared}.</p>;
  }
  return (
    <>
      <p className="dl-rising__note">{compared}</p>
      <ol className="dl-list dl-rising" aria-label="Rising places">
        {entries.map(({ place, now, before, factor }) => (
          <li key={place.id}>
            <PlaceButton
              place={place}
              title={`${placeAccessibleName(place, now)}; ${riseText({ factor, now, before })}`}
              current={place.id === selectedId}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
