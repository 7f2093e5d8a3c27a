import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { CorrectionScope, PlaceRef } from '../../shared/schema';
import { useEditing } from '../data/editing-context';
import { useMentionAlternatives } from '../data/mention-alternatives';
import {
  draftCorrection,
  anchorOf,
  type CorrectionTarget,
  type Verdict,
} from '../logic/correction-draft';
import { alternativeLabel, countryName, kindName } from '../logic/labels';
import { appStore } from '../state/store';

/** What the dialog corrects: a mention the geoparser read (or missed), and what it weighed. */
export interface WrongPlaceProps {
  target: CorrectionTarget;
  /** The geoparser's reading, or null for a place it missed. */
  current: PlaceRef | null;
  /** The other readings it weighed, best first. */
  alternatives: readonly PlaceRef[];
  onClose: () => void;
}

/** "Springfield (city, Illinois, United States)": enough to tell namesakes apart. */
export function placeChoiceLabel(place: PlaceRef): string {
  if (place.kind === 'country' || place.kind === 'admin1') return alternativeLabel(place);
  const parts = [
    kindName(place.kind).toLowerCase(),
    place.admin1,
    countryName(place.country),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return `${place.name} (${parts.join(', ')})`;
}

const SCOPES: { scope: CorrectionScope; label: (name: string) => string }[] = [
  { scope: 'mention', label: () => 'Only this mention' },
  { scope: 'article', label: (name) => `Every “${name}” in this article` },
  { scope: 'collection', label: (name) => `Every “${name}” in every article` },
];

type Choice = { key: string; verdict: Verdict; label: string };

/**
 * "Wrong place?": the readings the geoparser weighed, a search of the whole gazetteer, and "not a
 * place", with the reach of the correction chosen explicitly. A modal dialog: focus stays in it,
 * Escape closes it. Saving writes seeds/corrections.json through the local API, the data is
 * rebuilt, and the map moves to the place chosen.
 */
export function WrongPlace({ target, current, alternatives, onClose }: WrongPlaceProps) {
  const editing = useEditing();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { mention, before, after } = anchorOf(target);
  const missed = current === null;
  const [scope, setScope] = useState<CorrectionScope>('mention');
  const [chosen, setChosen] = useState<string | null>(null);
  const [query, setQuery] = useState(missed ? mention : '');
  const [results, setResults] = useState<{ query: string; places: PlaceRef[] }>({
    query: '',
    places: [],
  });
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(function openModal() {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return function closeModal() {
      if (dialog?.open) dialog.close();
    };
  }, []);

  useEffect(
    function searchGazetteer() {
      if (!editing || query.trim().length < 2) return;
      let live = true;
      const timer = setTimeout(() => {
        editing.search(query).then(
          (places) => {
            if (live) setResults({ query, places });
          },
          (error: unknown) => {
            if (live) setStatus(`The search failed: ${(error as Error).message}`);
          },
        );
      }, 200);
      return function cancelSearch() {
        live = false;
        clearTimeout(timer);
      };
    },
    [editing, query],
  );

  // Results of an earlier query are not shown under a new one.
  const found = results.query === query ? results.places : [];
  const readings: Choice[] = [];
  const seen = new Set<string>();
  const offer = (verdict: Verdict, key: string, label: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    readings.push({ key, verdict, label });
  };
  if (current)
    offer(
      { verdict: 'accept', place: current },
      current.id,
      `${placeChoiceLabel(current)}: it is right`,
    );
  for (const alt of alternatives)
    offer({ verdict: 'place', place: alt }, alt.id, placeChoiceLabel(alt));
  const searched: Choice[] = found
    .filter((p) => !seen.has(p.id))
    .map((p) => ({
      key: p.id,
      verdict: { verdict: missed ? 'missed' : 'place', place: p },
      label: placeChoiceLabel(p),
    }));
  const notAPlace: Choice = {
    key: 'not-a-place',
    verdict: { verdict: 'not-a-place' },
    label: 'Not a place',
  };
  const all = [...readings, ...searched, ...(missed ? [] : [notAPlace])];
  const choice = all.find((c) => c.key === chosen);

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!editing || !choice) {
      setStatus('Choose a place, or “Not a place”, first.');
      return;
    }
    const correction = draftCorrection(target, scope, choice.verdict);
    setSaving(true);
    setStatus('Saving, and rebuilding the map…');
    editing.save(correction).then(
      (reply) => {
        setSaving(false);
        if (!reply.published) {
          setStatus(
            'Saved in corrections.json, but the data could not be rebuilt; see the server’s output.',
          );
          return;
        }
        if (choice.verdict.verdict !== 'not-a-place') {
          appStore.getState().selectPlace(choice.verdict.place, true);
        }
        onClose();
      },
      (error: unknown) => {
        setSaving(false);
        setStatus(`Not saved: ${(error as Error).message}`);
      },
    );
  };

  const radio = (c: Choice) => (
    <li key={c.key}>
      <label>
        <input
          type="radio"
          name={`${id}-place`}
          value={c.key}
          checked={chosen === c.key}
          onChange={() => {
            setChosen(c.key);
          }}
        />{' '}
        {c.label}
      </label>
    </li>
  );

  return (
    <dialog
      ref={dialogRef}
      className="dl-correct"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={save}>
        <h2 id={`${id}-title`}>
          {missed ? `Add “${mention}” as a place` : `Wrong place? “${mention}”`}
        </h2>
        <p className="dl-correct__passage">
          …{before}
          <mark>{mention}</mark>
          {after}…
        </p>
        {current && <p>Dateline reads it as {placeChoiceLabel(current)}.</p>}
        <fieldset>
          <legend>Which mentions</legend>
          <ul>
            {SCOPES.map(({ scope: s, label }) => (
              <li key={s}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    value={s}
                    checked={scope === s}
                    onChange={() => {
                      setScope(s);
                    }}
                  />{' '}
                  {label(mention)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{missed ? 'The place' : 'It is'}</legend>
          {readings.length > 0 && <ul>{readings.map(radio)}</ul>}
          <label className="dl-correct__search">
            Search every place Dateline knows{' '}
            <input
              type="search"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
          </label>
          {searched.length > 0 && (
            <ul aria-label={`Places named like “${query}”`}>{searched.map(radio)}</ul>
          )}
          {!missed && <ul>{radio(notAPlace)}</ul>}
        </fieldset>
        <p role="status" className="dl-correct__status">
          {status}
        </p>
        <div className="dl-correct__actions">
          <button type="submit" disabled={saving}>
            Save correction
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** "Wrong place?" for a mention the geoparser read, offering that mention's own alternatives. */
export function WrongMention({
  alternativeIds,
  ...props
}: Omit<WrongPlaceProps, 'alternatives' | 'current'> & {
  current: PlaceRef;
  /** The mention's alternatives as its article keeps them. */
  alternativeIds: readonly string[];
}) {
  const alternatives = useMentionAlternatives(alternativeIds);
  return <WrongPlace {...props} alternatives={alternatives} />;
}
