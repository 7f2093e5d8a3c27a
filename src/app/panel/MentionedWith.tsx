import { useData } from '../data/data-context';
import { mentionedWith } from '../logic/cooccurrence';
import { placeLabel } from '../logic/labels';
import { appStore } from '../state/store';

/** Places that share passages with this one: the accessible form of the map's link lines. */
export function MentionedWith({ placeId }: { placeId: string }) {
  const { index, allLinks } = useData();
  const partners = mentionedWith(allLinks, placeId).flatMap(({ placeId: id, weight }) => {
    const place = index.placeById.get(id);
    return place ? [{ place, weight }] : [];
  });
  if (partners.length === 0) return null;
  return (
    <section aria-labelledby="dl-mentioned-with">
      <h3 id="dl-mentioned-with">Mentioned with</h3>
      <ul className="dl-chips">
        {partners.map(({ place, weight }) => (
          <li key={place.id}>
            <button
              type="button"
              className="dl-chip"
              onClick={() => {
                appStore.getState().selectPlace(place, true);
              }}
            >
              {placeLabel(place)}{' '}
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
