import { useState } from 'react';
import type { PlaceRow as Place } from '../../shared/schema';
import type { ArticleFull, ArticleMention } from '../../shared/schema';
import { useEditing } from '../data/editing-context';
import { placeAccessibleName } from '../logic/labels';
import { appStore } from '../state/store';
import { WrongMention } from './WrongPlace';

interface Props {
  article: ArticleFull;
  mention: ArticleMention;
  text: string;
  place: Place;
  selected: boolean;
}

/**
 * A mention in the reader: a button that selects its place and moves the map there, and, where
 * corrections can be saved, a "Wrong place?" button beside it for this very mention.
 */
export function ReaderMention({ article, mention, text, place, selected }: Props) {
  const editing = useEditing();
  const [correcting, setCorrecting] = useState(false);
  return (
    <>
      <button
        type="button"
        className={selected ? 'dl-mention is-selected' : 'dl-mention'}
        title={placeAccessibleName(place, place.mentionCount)}
        onClick={() => {
          appStore.getState().selectPlace(place, true);
        }}
      >
        {text}
      </button>
      {editing && (
        <button
          type="button"
          className="dl-mention__correct"
          aria-label={`Wrong place? “${text}”, read as ${place.name}`}
          title="Wrong place?"
          onClick={() => {
            setCorrecting(true);
          }}
        >
          ?
        </button>
      )}
      {correcting && (
        <WrongMention
          target={{
            articleId: article.id,
            text: article.text,
            offset: 0,
            start: mention.start,
            end: mention.end,
          }}
          current={place}
          alternativeIds={mention.alternatives ?? []}
          onClose={() => {
            setCorrecting(false);
          }}
        />
      )}
    </>
  );
}
