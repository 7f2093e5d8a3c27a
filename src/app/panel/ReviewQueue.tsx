import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CorrectionScope, PlaceRow } from '../../shared/schema';
import { useData } from '../data/data-context';
import { useEditing } from '../data/editing-context';
import { useFile } from '../data/use-source';
import { draftCorrection, type Verdict } from '../logic/correction-draft';
import { reviewKey, reviewQueue, type ReviewAction } from '../logic/review-queue';
import { passageTarget } from './place-target';
import { placeChoiceLabel } from './WrongPlace';

const SCOPE_LABELS: Record<CorrectionScope, string> = {
  mention: 'Only this mention',
  article: 'Every mention of the name in its article',
  collection: 'Every mention of the name in every article',
};

/**
 * "Review doubtful places": the least sure places first, each with its passage; accept, pick
 * another reading or reject, by keyboard alone (A, 1-3, N, S) while the review has focus. Every
 * verdict is saved as a correction at once, and the map is rebuilt behind it.
 */
export function ReviewQueue({ onClose }: { onClose: () => void }) {
  const { index, source } = useData();
  const editing = useEditing();
  const sectionRef = useRef<HTMLElement>(null);
  // Taken once: saving rebuilds the data, and the queue must not reshuffle under the reviewer.
  const [queue] = useState(() => reviewQueue(index.data.places));
  const [at, setAt] = useState(0);
  const [reviewed, setReviewed] = useState(0);
  const [scope, setScope] = useState<CorrectionScope>('mention');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const snapshot = queue[at];
  // The rebuilt data's row, for its current passage files; the snapshot if the place is gone.
  const item: PlaceRow | undefined = snapshot && (index.placeById.get(snapshot.id) ?? snapshot);
  useFile(source, item?.pages[0]);
  useEffect(
    function fetchPassage() {
      if (item) void source.passagePage(item, 0);
    },
    [source, item],
  );
  useEffect(function focusReview() {
    sectionRef.current?.focus();
  }, []);
  const page = item ? source.peekPassagePage(item, 0) : undefined;
  const passage = page?.state === 'ok' ? page.value.passages[0] : undefined;
  const target = passage ? passageTarget(passage) : undefined;

  const next = () => {
    setAt((i) => i + 1);
    sectionRef.current?.focus();
  };

  const act = (action: ReviewAction) => {
    if (busy || !item) return;
    if (action.kind === 'skip') {
      next();
      return;
    }
    const alternative = action.kind === 'alternative' ? item.alternatives[action.index] : undefined;
    if (action.kind === 'alternative' && !alternative) return;
    if (!editing || !target) return;
    const verdict: Verdict =
      action.kind === 'accept'
        ? { verdict: 'accept', place: item }
        : alternative
          ? { verdict: 'place', place: alternative }
          : { verdict: 'not-a-place' };
    setBusy(true);
    setStatus('Saving…');
    editing.save(draftCorrection(target, scope, verdict)).then(
      () => {
        setBusy(false);
        setStatus('');
        setReviewed((n) => n + 1);
        next();
      },
      (error: unknown) => {
        setBusy(false);
        setStatus(`Not saved: ${(error as Error).message}`);
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    const typing =
      event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement;
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = reviewKey(event.key);
    if (!action) return;
    event.preventDefault();
    act(action);
  };

  const local =
    target && passage
      ? { start: target.start - passage.start, end: target.end - passage.start }
      : undefined;
  return (
    <section
      ref={sectionRef}
      className="dl-review"
      aria-labelledby="dl-review-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 id="dl-review-title">Review doubtful places</h2>
      <p className="dl-review__progress" aria-live="polite">
        {reviewed} of {queue.length} reviewed
      </p>
      {item ? (
        <>
          <h3>
            {placeChoiceLabel(item)}, {Math.round(item.confidence * 100)}% sure
          </h3>
          {passage && local ? (
            <blockquote className="dl-review__passage">
              {passage.text.slice(0, local.start)}
              <mark>{passage.text.slice(local.start, local.end)}</mark>
              {passage.text.slice(local.end)}
            </blockquote>
          ) : (
            <p>Loading its passage…</p>
          )}
          <label className="dl-review__scope">
            Which mentions{' '}
            <select
              value={scope}
              onChange={(event) => {
                setScope(event.target.value as CorrectionScope);
              }}
            >
              {(Object.keys(SCOPE_LABELS) as CorrectionScope[]).map((s) => (
                <option key={s} value={s}>
                  {SCOPE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <div className="dl-review__actions" role="group" aria-label="Verdict">
            <button
              type="button"
              aria-keyshortcuts="A"
              disabled={busy}
              onClick={() => {
                act({ kind: 'accept' });
              }}
            >
              Accept (A)
            </button>
            {item.alternatives.map((alt, k) => (
              <button
                key={alt.id}
                type="button"
                aria-keyshortcuts={String(k + 1)}
                disabled={busy}
                onClick={() => {
                  act({ kind: 'alternative', index: k });
                }}
              >
                {k + 1}: {placeChoiceLabel(alt)}
              </button>
            ))}
            <button
              type="button"
              aria-keyshortcuts="N"
              disabled={busy}
              onClick={() => {
                act({ kind: 'not-a-place' });
              }}
            >
              Not a place (N)
            </button>
            <button
              type="button"
              aria-keyshortcuts="S"
              disabled={busy}
              onClick={() => {
                act({ kind: 'skip' });
              }}
            >
              Skip (S)
            </button>
          </div>
        </>
      ) : (
        <p>Nothing left to review.</p>
      )}
      <p role="status" className="dl-review__status">
        {status}
      </p>
      <button type="button" onClick={onClose}>
        Close the review
      </button>
    </section>
  );
}

/** The toolbar's "Review doubtful places" toggle; shown only where corrections can be saved. */
export function ReviewToggle() {
  const editing = useEditing();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!editing) return null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        Review doubtful places
      </button>
      {open && (
        <ReviewQueue
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
