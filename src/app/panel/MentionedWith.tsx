import type { PlaceRow } from '../../shared/schema';
import { useData } from '../data/data-context';
import { mentionedWith } from '../logic/cooccurrence';
import { placeLabel } from '../logic/labels';
import { appStore } from '../state/store';

/**
 * Places that share passages with this one: the accessible form of the map's link lines. From
 * the place's first page of passages, or the index's strongest links until that page arrives.
 */
export function MentionedWith({
  place,
  partners,
}: {
  place: PlaceRow;
  partners: readonly { placeId: string; weight: number }[] | undefined;
}) {
  const { index } = useData();
  const list = (partners ?? mentionedWith(index.linksByPlace.get(place.id) ?? [], place.id))
    .slice(0, 10)
    .flatMap(({ placeId, weight }) => {
      const other = index.placeById.get(placeId);
      return other ? [{ place: other, weight }] : [];
    });
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="dl-mentioned-with">
      <h3 id="dl-mentioned-with">Mentioned with</h3>
      <ul className="dl-chips">
        {list.map(({ place: other, weight }) => (
          <li key={other.id}>
            <button
              type="button"
              className="dl-chip"
              onClick={() => {
                appStore.getState().selectPlace(other, true);
              }}
            >
              {placeLabel(other)}{' '}
              <span className="dl-chip__count">
                ({weight} shared {weight === 1 ? 'passage' : 'passages'})
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
