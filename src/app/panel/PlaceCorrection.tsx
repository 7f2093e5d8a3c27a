import { useState } from 'react';
import type { PlaceRow as Place } from '../../shared/schema';
import { useData } from '../data/data-context';
import { useEditing } from '../data/editing-context';
import { useFile } from '../data/use-source';
import { passageTarget } from './place-target';
import { WrongPlace } from './WrongPlace';

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
        <WrongPlace
          target={target}
          current={place}
          alternatives={place.alternatives}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
