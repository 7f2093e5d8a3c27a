import { lazy, Suspense, useMemo, type KeyboardEvent } from 'react';
import { isoFromDay } from '../../shared/hash';
import { useData } from '../data/data-context';
import {
  BINS,
  moveWindow,
  resizeWindow,
  snapToBins,
  type Bin,
  type DayWindow,
} from '../logic/bins';
import { placeSeries, timelineData, windowOf, windowSummary } from '../logic/timeline';
import { Playback } from './Playback';
import { appStore, useAppStore } from '../state/store';

// uPlot comes in a chunk of its own, after the map's first view: the page's first script, run
// in one task before anything shows, is smaller without it (issue 7).
const TimelineChart = lazy(async () => ({
  default: (await import('./TimelineChart')).TimelineChart,
}));

/** The chart's box, empty at its size until the chart is in it. */
const chartBox = <div className="dl-timeline__chart" aria-hidden="true" />;

const BIN_NAMES: Record<Bin, string> = { day: 'days', week: 'weeks', month: 'months' };

function setWindow(window: DayWindow | null): void {
  appStore
    .getState()
    .setFilters(
      window
        ? { from: isoFromDay(window.from), to: isoFromDay(window.to) }
        : { from: null, to: null },
    );
}

/**
 * Under the map: dated mentions per day, week or month, with the date filter as a brushed window
 * that the map, lists and panel follow. Shown only when some article carries a date. Until
 * `chart`, the chart's box stands empty at its size (the map's first view comes first).
 */
export function Timeline({ chart }: { chart: boolean }) {
  const { index } = useData();
  const filters = useAppStore((s) => s.filters);
  const chosen = useAppStore((s) => s.bin);
  const placeId = useAppStore((s) => s.placeId);
  const place = placeId ? index.placeById.get(placeId) : undefined;
  const data = useMemo(() => {
    const days = placeId ? (index.placeById.get(placeId)?.days ?? null) : null;
    return timelineData(index.data.days, days, chosen);
  }, [index, placeId, chosen]);
  const window = useMemo(() => (data ? windowOf(filters, data.span) : null), [filters, data]);
  if (!data || index.data.datedArticleCount === 0) return null;
  const { span, bin } = data;
  const summary = windowSummary(
    data.total,
    window,
    place ? { name: place.name, days: place.days ? placeSeries(place.days) : null } : null,
  );
  const undated = index.data.articleCount - index.data.datedArticleCount;

  const onKeyDown = (event: KeyboardEvent) => {
    const n = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (event.key === 'Escape' && window) {
      event.preventDefault();
      setWindow(null);
      return;
    }
    if (n === undefined) return;
    event.preventDefault();
    // The first press chooses the first bin (or the last, going back); later ones move or resize.
    if (!window) {
      const at = n > 0 ? span.from : span.to;
      setWindow(snapToBins({ from: at, to: at }, bin));
      return;
    }
    setWindow(
      event.shiftKey ? resizeWindow(window, n, bin, span) : moveWindow(window, n, bin, span),
    );
  };

  return (
    <section className="dl-timeline" aria-labelledby="dl-timeline-title">
      <div className="dl-timeline__head">
        <h2 id="dl-timeline-title">Timeline</h2>
        <p className="dl-timeline__summary" role="status">
          {summary}
        </p>
        <label className="dl-timeline__bin">
          Bars of{' '}
          <select
            value={chosen ?? 'auto'}
            onChange={(e) => {
              const value = e.target.value;
              appStore.getState().setBin(BINS.find((b) => b === value) ?? null);
            }}
          >
            <option value="auto">{`${BIN_NAMES[data.autoBin]} (auto)`}</option>
            {BINS.map((b) => (
              <option key={b} value={b}>
                {BIN_NAMES[b]}
              </option>
            ))}
          </select>
        </label>
        <Playback window={window} bin={bin} span={span} />
        {window && (
          <button
            type="button"
            className="dl-link-button"
            onClick={() => {
              setWindow(null);
            }}
          >
            Clear dates
          </button>
        )}
      </div>
      <div
        className="dl-timeline__slider"
        role="slider"
        tabIndex={0}
        aria-label="Date window"
        aria-describedby="dl-timeline-help"
        aria-valuemin={span.from}
        aria-valuemax={span.to}
        aria-valuenow={window?.from ?? span.from}
        aria-valuetext={summary}
        onKeyDown={onKeyDown}
      >
        {chart ? (
          <Suspense fallback={chartBox}>
            <TimelineChart
              bars={data.bars}
              place={data.place}
              bin={bin}
              span={span}
              window={window}
              onBrush={setWindow}
            />
          </Suspense>
        ) : (
          chartBox
        )}
      </div>
      <p id="dl-timeline-help" className="dl-timeline__note">
        Drag across the bars to choose dates. With the timeline focused, arrow keys move the dates
        by one bar and Shift+arrow keys change how many bars they cover; Escape clears them.
        {undated > 0 &&
          ` ${undated.toLocaleString('en-GB')} ${undated === 1 ? 'article has' : 'articles have'} no date and ${undated === 1 ? 'is' : 'are'} not counted here.`}
      </p>
    </section>
  );
}
