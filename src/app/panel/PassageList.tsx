import { useEffect, useReducer, useRef } from 'react';
import { PASSAGE_PAGE_SIZE, type PlacePassage, type PlaceRow } from '../../shared/schema';
import { dayFromIso } from '../../shared/hash';
import { useData } from '../data/data-context';
import { formatDay } from '../lists/ArticleMeta';
import { useVirtualList } from '../lists/use-virtual-list';
import { pageOf, passageTotal } from '../logic/passages';
import { openArticleLoaded } from './open-article';
import { PassageText } from './PassageText';

/** How long a deep-linked passage is held in view while the rows around it settle. */
const SETTLE_MS = 1500;

interface Props {
  place: PlaceRow;
  /** Rank of the passage to scroll to and mark (the one the reader or a link came from). */
  target: number | null;
  currentArticle: string | null;
  currentPassage: number | null;
}

/**
 * Every passage that mentions a place, newest first, fetched a page (50) at a time as it scrolls
 * into view and virtualised, so a place with thousands of passages opens as fast as one with two.
 */
export function PassageList({ place, target, currentArticle, currentPassage }: Props) {
  const { source } = useData();
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const lastPage = place.pages.length - 1;
  const last = lastPage >= 0 ? source.peekPassagePage(place, lastPage) : undefined;
  const total = passageTotal(place, last?.state === 'ok' ? last.value.passages.length : null);
  const { listRef, virtualizer, margin } = useVirtualList<HTMLOListElement>(total, 150);
  const rows = virtualizer.getVirtualItems();
  const firstShown = pageOf(rows[0]?.index ?? 0);
  const lastShown = pageOf(rows[rows.length - 1]?.index ?? 0);

  useEffect(
    function fetchShownPages() {
      let live = true;
      const wanted = new Set([0, lastPage, ...(target === null ? [] : [pageOf(target)])]);
      for (let k = firstShown; k <= lastShown; k++) wanted.add(k);
      for (const k of wanted) {
        if (k < 0 || k > lastPage || source.peekPassagePage(place, k)) continue;
        void source.passagePage(place, k).then(() => {
          if (live) arrived();
        });
      }
      return function ignoreLatePages() {
        live = false;
      };
    },
    [source, place, firstShown, lastShown, lastPage, target],
  );

  // The deep-linked passage is brought into view once its page is there, then kept there for a
  // moment while the rows around it are measured (sizes were estimates) and shift it.
  const scrolledTo = useRef<{ target: number; since: number } | null>(null);
  useEffect(function scrollToTarget() {
    if (target === null) return;
    const scroller = listRef.current?.closest('[data-scroller]');
    if (scrolledTo.current?.target !== target) {
      if (source.peekPassagePage(place, pageOf(target))?.state !== 'ok') return;
      scrolledTo.current = { target, since: performance.now() };
      virtualizer.scrollToIndex(target, { align: 'center' });
      return;
    }
    if (performance.now() - scrolledTo.current.since > SETTLE_MS || !scroller) return;
    const row = listRef.current?.querySelector(`[data-index="${target}"] .dl-passage`);
    if (!row) return;
    const box = row.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) row.scrollIntoView({ block: 'center' });
  });

  const passageAt = (i: number): PlacePassage | undefined => {
    const page = source.peekPassagePage(place, pageOf(i));
    return page?.state === 'ok' ? page.value.passages[i % PASSAGE_PAGE_SIZE] : undefined;
  };

  return (
    <ol
      ref={listRef}
      className="dl-passages dl-virtual"
      aria-label={`Passages mentioning ${place.name}, newest first`}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const passage = passageAt(row.index);
        const previous = row.index > 0 ? passageAt(row.index - 1) : undefined;
        return (
          <li
            key={row.index}
            ref={virtualizer.measureElement}
            data-index={row.index}
            style={{ transform: `translateY(${row.start - margin}px)` }}
          >
            {passage ? (
              <PassageRow
                passage={passage}
                // Consecutive passages of one article share its heading.
                heading={previous?.articleId !== passage.articleId}
                current={
                  passage.articleId === currentArticle && passage.passageIndex === currentPassage
                }
                onRead={() => {
                  openArticleLoaded(source, passage.articleId, passage.passageIndex);
                }}
              />
            ) : (
              <PendingRow page={pageOf(row.index)} place={place} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function PassageRow({
  passage,
  heading,
  current,
  onRead,
}: {
  passage: PlacePassage;
  heading: boolean;
  current: boolean;
  onRead: () => void;
}) {
  const day = passage.date ? dayFromIso(passage.date) : null;
  const meta = [passage.source, day === null ? null : formatDay(day)].filter(Boolean).join(' · ');
  return (
    <>
      {heading && (
        <>
          <h4>{passage.title}</h4>
          {meta && <p className="dl-meta">{meta}</p>}
        </>
      )}
      {/* The passage the reader came from (kept in the URL) stays marked here. */}
      <figure className={current ? 'dl-passage is-current' : 'dl-passage'}>
        <blockquote>
          <PassageText
            text={passage.text}
            passage={{ start: 0, end: passage.text.length }}
            // Mentions are offsets into the article; the passage text starts at `start`.
            mentions={passage.mentions.map((m) => ({
              start: m.start - passage.start,
              end: m.end - passage.start,
            }))}
            renderMention={(_m, text) => <mark>{text}</mark>}
          />
        </blockquote>
        <button type="button" className="dl-link-button" onClick={onRead}>
          Read in article
          <span className="dl-sr-only">
            : {passage.title}, passage {passage.passageIndex}
          </span>
        </button>
      </figure>
    </>
  );
}

function PendingRow({ page, place }: { page: number; place: PlaceRow }) {
  const { source } = useData();
  const entry = source.peekPassagePage(place, page);
  if (entry?.state !== 'error') return <p className="dl-pending">Loading passages…</p>;
  const path = source.pagePath(place, page);
  return (
    <p className="dl-pending" role="alert">
      These passages could not be loaded ({entry.message}).{' '}
      <button
        type="button"
        className="dl-link-button"
        onClick={() => {
          if (path) source.forget(path);
          void source.passagePage(place, page);
        }}
      >
        Try again
      </button>
    </p>
  );
}
