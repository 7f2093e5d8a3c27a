import type { RefObject } from 'react';
import { useData } from '../data/data-context';
import { countryName, kindName, mentionsText, placeLabel } from '../logic/labels';
import { passagesForPlace } from '../logic/passages';
import { appStore, useAppStore } from '../state/store';
import { Alternatives } from './Alternatives';
import { MentionedWith } from './MentionedWith';
import { PassageText } from './PassageText';

/** A place: what it is, every passage that mentions it, and the places it appears with. */
export function PlacePanel({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { index } = useData();
  const placeId = useAppStore((s) => s.placeId);
  const place = placeId ? index.placeById.get(placeId) : undefined;
  if (!place) return null;
  const groups = passagesForPlace(index, place.id);
  const country = place.kind === 'country' ? null : countryName(place.country);

  return (
    <div className="dl-place">
      <h2 id="dl-panel-heading" ref={headingRef} tabIndex={-1}>
        {placeLabel(place)}
      </h2>
      <p className="dl-place__facts">
        {kindName(place.kind)}
        {country && ` in ${country}`} · {mentionsText(place.mentionCount)}
      </p>
      <Alternatives place={place} />
      <h3>Passages</h3>
      {groups.map(({ article, passages }) => (
        <section key={article.id} className="dl-place__article" aria-label={article.title}>
          <h4>{article.title}</h4>
          {passages.map(({ passage, mentions }) => (
            <figure key={passage.index} className="dl-passage">
              <blockquote>
                <PassageText
                  text={article.text}
                  passage={passage}
                  mentions={mentions}
                  renderMention={(_m, text) => <mark>{text}</mark>}
                />
              </blockquote>
              <button
                type="button"
                className="dl-link-button"
                onClick={() => {
                  appStore.getState().openArticle(article.id, passage.index);
                }}
              >
                Read in article
                <span className="dl-sr-only">
                  : {article.title}, passage {passage.index}
                </span>
              </button>
            </figure>
          ))}
        </section>
      ))}
      <MentionedWith placeId={place.id} />
    </div>
  );
}
