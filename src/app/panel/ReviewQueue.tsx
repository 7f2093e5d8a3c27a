import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { placeRefOf, type CorrectionScope } from '../../shared/schema';
import { useData } from '../data/data-context';
import { useEditing } from '../data/editing-context';
import { useFile } from '../data/use-source';
import { draftCorrection, type Verdict } from '../logic/correction-draft';
import { kindName, placeLabel } from '../logic/labels';
import { entryKey, nextReview, reviewKey, type ReviewAction } from '../logic/review-queue';
import { placeChoiceLabel } from './WrongPlace';

const SCOPE_LABELS: Record<CorrectionScope, string> = {
  mention: 'Only this mention',
  article: 'Every mention of the name in its article',
  collection: 'Every mention of the name in every article',
};

/** "1,000": counts in the review's text. */
const counted = (n: number) => n.toLocaleString('en-US');

/**
 * "Review doubtful places": the least sure mentions first (the review list publish writes), each
 * with its passage; accept, pick another reading or reject, by keyboard alone (A, 1-3, N, S)
 * while the review has focus. Every verdict is saved as a correction at once, and the map is
 * rebuilt behind it; the list is then read again from the rebuilt data, without what was decided.
 */
export function ReviewQueue({ onClose }: { onClose: () => void }) {
  const { index, source } = useData();
  const editing = useEditing();
  const sectionRef = useRef<HTMLElement>(null);
  const review = index.data.review;
  // Taken once: the list shrinks as it is reviewed, and the count to reach must not move.
  const [size] = useState(() => ({ count: review?.count ?? 0, total: review?.total ?? 0 }));
  const [passed, setPassed] = useState<ReadonlySet<string>>(new Set());
  const [reviewed, setReviewed] = useState(0);
  const [scope, setScope] = useState<CorrectionScope>('mention');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const next = nextReview(
    review?.pages.length ?? 0,
    (k) => {
      const page = source.peekReviewPage(k);
      return page?.state === 'ok' ? page.value.entries : undefined;
    },
    passed,
  );
  const wanted = 'page' in next ? next.page : undefined;
  const pageEntry = useFile(
    source,
    wanted === undefined ? undefined : source.reviewPagePath(wanted),
  );
  useEffect(
    function fetchReviewPage() {
      if (wanted !== undefined) void source.reviewPage(wanted);
    },
    [source, wanted],
  );
  useEffect(function focusReview() {
    sectionRef.current?.focus();
  }, []);
  const entry = 'entry' in next ? next.entry : undefined;
  const place = entry && index.placeById.get(entry.placeId);

  const pass = (key: string) => {
    setPassed((keys) => new Set(keys).add(key));
    sectionRef.current?.focus();
  };

  const act = (action: ReviewAction) => {
    if (busy || !entry) return;
    const key = entryKey(entry);
    if (action.kind === 'skip') {
      pass(key);
      return;
    }
    const alternative =
      action.kind === 'alternative' ? entry.alternatives[action.index] : undefined;
    if (action.kind === 'alternative' && !alternative) return;
    if (!editing || (action.kind === 'accept' && !place)) return;
    const verdict: Verdict =
      action.kind === 'accept' && place
        ? { verdict: 'accept', place: placeRefOf(place) }
        : alternative
          ? { verdict: 'place', place: alternative }
          : { verdict: 'not-a-place' };
    const target = {
      articleId: entry.articleId,
      text: entry.text,
      offset: entry.start,
      start: entry.mention.start,
      end: entry.mention.end,
    };
    setBusy(true);
    setStatus('Saving…');
    editing.save(draftCorrection(target, scope, verdict)).then(
      () => {
        setBusy(false);
        setStatus('');
        setReviewed((n) => n + 1);
        pass(key);
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

  const local = entry && {
    start: entry.mention.start - entry.start,
    end: entry.mention.end - entry.start,
  };
  let body;
  if (entry && local) {
    body = (
      <>
        <h3>
          “{entry.mention.text}”, {Math.round(entry.confidence * 100)}% sure
        </h3>
        <p className="dl-review__reading">
          Read as{' '}
          {place
            ? `${placeLabel(place)} (${kindName(place.kind).toLowerCase()})`
            : 'a place no longer listed'}
          , in “{entry.title}”{entry.date ? `, ${entry.date}` : ''}
        </p>
        <blockquote className="dl-review__passage">
          {entry.text.slice(0, local.start)}
          <mark>{entry.text.slice(local.start, local.end)}</mark>
          {entry.text.slice(local.end)}
        </blockquote>
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
          <KeyButton shortcut="A" disabled={busy || !place} action={{ kind: 'accept' }} act={act}>
            Accept (A)
          </KeyButton>
          {entry.alternatives.map((alt, k) => (
            <KeyButton
              key={alt.id}
              shortcut={String(k + 1)}
              disabled={busy}
              action={{ kind: 'alternative', index: k }}
              act={act}
            >
              {k + 1}: {placeChoiceLabel(alt)}
            </KeyButton>
          ))}
          <KeyButton shortcut="N" disabled={busy} action={{ kind: 'not-a-place' }} act={act}>
            Not a place (N)
          </KeyButton>
          <KeyButton shortcut="S" disabled={busy} action={{ kind: 'skip' }} act={act}>
            Skip (S)
          </KeyButton>
        </div>
      </>
    );
  } else if (pageEntry?.state === 'error') {
    body = <p>The review list could not be loaded ({pageEntry.message}).</p>;
  } else if ('page' in next) {
    body = <p>Loading the review list…</p>;
  } else if (!review) {
    body = <p>This data has no review list: run npm run preprocess to rebuild it.</p>;
  } else {
    body = <p>Nothing left to review.</p>;
  }
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
        {reviewed} of {counted(size.count)} reviewed
      </p>
      {size.total > size.count && (
        <p className="dl-review__bound">
          The least sure {counted(size.count)} of {counted(size.total)} doubtful mentions
        </p>
      )}
      {body}
      <p role="status" className="dl-review__status">
        {status}
      </p>
      <button type="button" onClick={onClose}>
        Close the review
      </button>
    </section>
  );
}

/** A verdict's button, which its key (`shortcut`) also presses while the review has focus. */
function KeyButton(props: {
  shortcut: string;
  action: ReviewAction;
  act: (action: ReviewAction) => void;
  disabled: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-keyshortcuts={props.shortcut}
      disabled={props.disabled}
      onClick={() => {
        props.act(props.action);
      }}
    >
      {props.children}
    </button>
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
