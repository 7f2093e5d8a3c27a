import type { RefObject } from 'react';
import { useData } from '../data/data-context';
import { useArticle, useFile } from '../data/use-source';
import { countryName, kindName, mentionsText, placeLabel } from '../logic/labels';
import { rankInPlace } from '../logic/passages';
import { useAppStore } from '../state/store';
import { Alternatives } from './Alternatives';
import { MentionedWith } from './MentionedWith';
import { PassageList } from './PassageList';
import { PlaceCorrection } from './PlaceCorrection';

/** A place: what it is, the places it appears with, and every passage that mentions it. */
export function PlacePanel({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { index, source } = useData();
  const placeId = useAppStore((s) => s.placeId);
  const currentArticle = useAppStore((s) => s.articleId);
  const currentPassage = useAppStore((s) => s.passage);
  const article = useArticle(source, currentArticle);
  const place = placeId ? index.placeById.get(placeId) : undefined;
  // Re-render when page 0 arrives: it carries "Mentioned with".
  useFile(source, place?.pages[0]);
  const firstPage = place ? source.peekPassagePage(place, 0) : undefined;

  if (!place) return null;
  const country = place.kind === 'country' ? null : countryName(place.country);
  // The passage the reader was at (or a link names): its place in this list, from the article.
  const target =
    article?.state === 'ok' && article.value && currentPassage !== null
      ? rankInPlace(article.value, place.id, currentPassage)
      : null;
  const articles = place.articleCount === 1 ? '1 article' : `${place.articleCount} articles`;

  return (
    <div className="dl-place">
      {/* Sticky like the reader's, so a place opened deep in a scrolled panel shows its name. */}
      <header className="dl-panel__head">
        <h2 id="dl-panel-heading" ref={headingRef} tabIndex={-1}>
          {placeLabel(place)}
        </h2>
        <p className="dl-place__facts">
          {kindName(place.kind)}
          {country && ` in ${country}`} · {mentionsText(place.mentionCount)} in {articles}
        </p>
      </header>
      <Alternatives place={place} />
      <PlaceCorrection place={place} />
      <MentionedWith
        place={place}
        partners={firstPage?.state === 'ok' ? firstPage.value.with : undefined}
      />
      <PassageList
        key={place.id}
        place={place}
        target={target}
        currentArticle={currentArticle}
        currentPassage={currentPassage}
      />
    </div>
  );
}
