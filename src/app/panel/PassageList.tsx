import { useEffect, useReducer, useRef, useState } from 'react';
import { PASSAGE_PAGE_SIZE, type PlacePassage, type PlaceRow } from '../../shared/schema';
import { dayFromIso } from '../../shared/hash';
import { useData } from '../data/data-context';
import { formatDay } from '../lists/ArticleMeta';
import { useVirtualList } from '../lists/use-virtual-list';
import { dayRange, type DayRange } from '../logic/filters';
import {
  followsWindow,
  windowPages,
  windowRanks,
  type PageSpan,
  type RankSpan,
} from '../logic/passage-window';
import { pageOf, passageTotal } from '../logic/passages';
import { formatRange } from '../logic/timeline';
import { useAppStore } from '../state/store';
import { openArticleLoaded } from './open-article';
import { PassageText } from './PassageText';

/** How long a deep-linked passage is held in view while the rows around it settle. */
const SETTLE_MS = 1500;
/**
 * Rows the list knows of at first, and adds each time it is scrolled near its end. The
 * virtualiser goes over every row it knows whenever a row is measured: with all of a place's
 * 45,000 passages (at 100,000 articles) that was 200-300 ms of opening the place (issue 7).
 */
const GROW = 200;

interface Props {
  place: PlaceRow;
  /** Rank of the passage to scroll to and mark (the one the reader or a link came from). */
  target: number | null;
  currentArticle: string | null;
  currentPassage: number | null;
}

/**
 * The passages that mention a place, newest first, fetched a page (50) at a time as they scroll
 * into view and virtualised, so a place with thousands of passages opens as fast as one with two.
 * Under a date window only the window's passages are listed: the index says on which day each
 * page starts, so the list opens at the window's first page and stops at its last.
 */
export function PassageList({ place, target, currentArticle, currentPassage }: Props) {
  const { source } = useData();
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const filters = useAppStore((s) => s.filters);
  const range = dayRange(filters);
  const windowed = followsWindow(place, range);
  const passagesOf = (k: number): PlacePassage[] | undefined => {
    const page = source.peekPassagePage(place, k);
    return page?.state === 'ok' ? page.value.passages : undefined;
  };

  const lastPage = place.pages.length - 1;
  const span = windowed ? windowPages(place, range) : { first: 0, last: lastPage };
  const ranks = listedRanks(place, range, windowed ? span : undefined, passagesOf);
  const offset = ranks?.start ?? 0;
  const total = ranks ? ranks.end - ranks.start : 0;
  const row =
    target !== null && target >= offset && target < offset + total ? target - offset : null;
  const [reach, setReach] = useState(GROW);
  const known = Math.min(total, Math.max(reach, row === null ? 0 : row + GROW));
  const { listRef, virtualizer, margin } = useVirtualList<HTMLOListElement>(known, 150);
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows[rows.length - 1]?.index ?? 0;
  const firstShown = pageOf(offset + (rows[0]?.index ?? 0));
  const lastShown = pageOf(offset + lastRow);
  // Scrolled near the end of the rows it knows: it knows more, in this same render.
  if (known < total && lastRow >= known - GROW / 4) setReach(known + GROW);

  // The pages to have: page 0 ("Mentioned with"), the span's ends, the target's, those shown;
  // as a key, so the fetches restart only when the set changes.
  const wanted = new Set([0]);
  for (const k of [target === null ? null : pageOf(target), span?.first, span?.last]) {
    if (k !== null && k !== undefined) wanted.add(k);
  }
  if (ranks) for (let k = firstShown; k <= lastShown; k++) wanted.add(k);
  const wantedKey = [...wanted].join(' ');

  useEffect(
    function fetchWantedPages() {
      let live = true;
      for (const k of wantedKey.split(' ').map(Number)) {
        if (k < 0 || k > lastPage || source.peekPassagePage(place, k)) continue;
        void source.passagePage(place, k).then(() => {
          if (live) arrived();
        });
      }
      return function ignoreLatePages() {
        live = false;
      };
    },
    [source, place, wantedKey, lastPage],
  );

  // The deep-linked passage is brought into view once its page is there, then kept there for a
  // moment while the rows around it are measured (sizes were estimates) and shift it.
  const scrolledTo = useRef<{ row: number; since: number } | null>(null);
  useEffect(function scrollToTarget() {
    if (row === null || target === null) return;
    const scroller = listRef.current?.closest('[data-scroller]');
    if (scrolledTo.current?.row !== row) {
      if (source.peekPassagePage(place, pageOf(target))?.state !== 'ok') return;
      // The list finds its scroller a frame after it mounts (useVirtualList); until then
      // there is nothing to scroll.
      if (!virtualizer.scrollElement) return;
      scrolledTo.current = { row, since: performance.now() };
      virtualizer.scrollToIndex(row, { align: 'center' });
      return;
    }
    if (performance.now() - scrolledTo.current.since > SETTLE_MS || !scroller) return;
    const marked = listRef.current?.querySelector(`[data-index="${row}"] .dl-passage`);
    if (!marked) return;
    const box = marked.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) marked.scrollIntoView({ block: 'center' });
  });

  const passageAt = (rank: number): PlacePassage | undefined =>
    passagesOf(pageOf(rank))?.[rank % PASSAGE_PAGE_SIZE];
  const dates = windowed ? formatRange(range) : null;
  // The count once it is exact: the window's ends, or the last page, have arrived.
  const countKnown = windowed ? ranks !== undefined : lastPage < 0 || !!passagesOf(lastPage);

  return (
    <>
      <h3>{dates ? `Passages, ${dates}, newest first` : 'Passages, newest first'}</h3>
      {windowed && !ranks && span && (
        <PendingRow page={passagesOf(span.first) ? span.last : span.first} place={place} />
      )}
      {countKnown && (
        <p className="dl-meta">
          {windowed && total === 0
            ? `No passage mentions ${place.name} in these dates.`
            : `${total.toLocaleString('en-GB')} ${total === 1 ? 'passage' : 'passages'}${windowed ? ' in these dates' : ''}`}
        </p>
      )}
      <ol
        ref={listRef}
        className="dl-passages dl-virtual"
        aria-label={`Passages mentioning ${place.name}, ${dates ? `${dates}, ` : ''}newest first`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((item) => {
          const rank = offset + item.index;
          const passage = passageAt(rank);
          const previous = item.index > 0 ? passageAt(rank - 1) : undefined;
          return (
            <li
              key={item.index}
              ref={virtualizer.measureElement}
              data-index={item.index}
              style={{ transform: `translateY(${item.start - margin}px)` }}
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
                <PendingRow page={pageOf(rank)} place={place} />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * The ranks listed: all of them (the total exact once the last page is here), or, with a window
 * (`span` given), the window's once the span's first and last pages are here.
 */
function listedRanks(
  place: PlaceRow,
  range: DayRange,
  span: PageSpan | null | undefined,
  passagesOf: (page: number) => PlacePassage[] | undefined,
): RankSpan | undefined {
  if (span === undefined) {
    const last = place.pages.length > 0 ? passagesOf(place.pages.length - 1) : undefined;
    return { start: 0, end: passageTotal(place, last ? last.length : null) };
  }
  if (span === null) return { start: 0, end: 0 };
  const first = passagesOf(span.first);
  const last = passagesOf(span.last);
  return first && last ? windowRanks(span, first, last, range) : undefined;
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
