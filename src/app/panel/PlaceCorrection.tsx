import { useState } from 'react';
import type { PlaceRow as Place } from '../../shared/schema';
import { useData } from '../data/data-context';
import { useEditing } from '../data/editing-context';
import { useArticle, useFile } from '../data/use-source';
import type { CorrectionTarget } from '../logic/correction-draft';
import { passageTarget } from './place-target';
import { WrongMention } from './WrongPlace';

/**
 * "Wrong place?" in a place panel: corrects the place's newest mention, and with a wider scope
 * every mention of the name in its article or the collection. Hidden without the local API.
 */
export function PlaceCorrection({ place }: { place: Place }) {
  const editing = useEditing();
  const { source } = useData();
  const [open, setOpen] = useState(false);
  useFile(source, place.pages[0]);
  const page = source.peekPassagePage(place, 0);
  const first = page?.state === 'ok' ? page.value.passages[0] : undefined;
  const target = first ? passageTarget(first) : undefined;
  if (!editing || !target) return null;
  return (
    <>
      <button
        type="button"
        className="dl-link-button dl-place__correct"
        onClick={() => {
          setOpen(true);
        }}
      >
        Wrong place?
      </button>
      {open && (
        <NewestMention
          place={place}
          target={target}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

/** The dialog for the newest mention, with its alternatives once its article has arrived. */
function NewestMention(props: { place: Place; target: CorrectionTarget; onClose: () => void }) {
  const { place, target, onClose } = props;
  const { source } = useData();
  const article = useArticle(source, target.articleId);
  const mention =
    article?.state === 'ok'
      ? article.value?.mentions.find((m) => m.start === target.start && m.end === target.end)
      : undefined;
  return (
    <WrongMention
      target={target}
      current={place}
      alternativeIds={mention?.alternatives ?? []}
      onClose={onClose}
    />
  );
}
