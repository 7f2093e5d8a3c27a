import type { ArticleFull } from '../../shared/schema';
import type { DataIndex } from '../data/data-index';
import type { Link } from '../logic/cooccurrence';
import { withoutDoubtful } from '../logic/doubt';
import { dayRange, shownLinks, shownPlaces, type ShownPlace } from '../logic/filters';
import type { AppState } from '../logic/app-state';
import { shadeClasses, type ShadeClass } from '../logic/shading';
import { placeDaysOf, countIn } from '../logic/place-days';
import { rising, type Rise } from '../logic/rise';
import { placeSeries } from '../logic/timeline';
import type { DayWindow } from '../logic/bins';
import type { PlaceRow } from '../../shared/schema';
import { memoLast } from './memo';

/**
 * What derived data reads: the index, the URL state, and the chosen article once its shard is
 * here (undefined while it loads). Pure selectors over it live here, memoised, so components
 * derive what they need instead of one component deriving everything for all.
 */
export interface DeriveInput {
  index: DataIndex;
  state: Pick<AppState, 'filters' | 'hideDoubtful' | 'articleId'>;
  article: ArticleFull | null | undefined;
}

export interface Shown {
  /** Places the map and list show, most mentioned first, with their counts under the filters. */
  shown: readonly ShownPlace[];
  shownById: ReadonlyMap<string, ShownPlace>;
}

const shownFor = memoLast(
  (
    index: DataIndex,
    from: string | null,
    to: string | null,
    hideDoubtful: boolean,
    article: ArticleFull | null | undefined,
    chosen: boolean,
  ): Shown => {
    const range = dayRange({ from, to });
    const shown = withoutDoubtful(shownPlaces(index, range, article, chosen), hideDoubtful);
    return { shown, shownById: new Map(shown.map((s) => [s.place.id, s])) };
  },
);

export function selectShown({ index, state, article }: DeriveInput): Shown {
  const { filters, hideDoubtful, articleId } = state;
  return shownFor(index, filters.from, filters.to, hideDoubtful, article, articleId !== null);
}

const linksFor = memoLast(
  (
    index: DataIndex,
    from: string | null,
    to: string | null,
    article: ArticleFull | null | undefined,
    chosen: boolean,
  ): readonly Link[] => shownLinks(index, dayRange({ from, to }), article, chosen),
);

/** Co-occurrence links under the filters: the chosen article's own, or the index's strongest. */
export function selectLinks({ index, state, article }: DeriveInput): readonly Link[] {
  const { filters, articleId } = state;
  return linksFor(index, filters.from, filters.to, article, articleId !== null);
}

/** The shading classes of the countries shown, by their counts under the filters. */
export const selectShading = memoLast((shown: readonly ShownPlace[]): ShadeClass[] =>
  shadeClasses(shown.filter((s) => s.place.kind === 'country').map((s) => s.count)),
);

export interface RisingView {
  /** The window compared, and the one of equal length before it; null with no dates chosen. */
  window: DayWindow | null;
  previous: DayWindow | null;
  entries: (Rise & { place: PlaceRow })[];
}

const risingFor = memoLast(
  (index: DataIndex, from: string | null, to: string | null): RisingView => {
    const total = placeSeries(index.data.days);
    const range = dayRange({ from, to });
    if (!total || (range.from === null && range.to === null)) {
      return { window: null, previous: null, entries: [] };
    }
    const window = { from: range.from ?? total.first, to: range.to ?? total.last };
    const length = window.to - window.from + 1;
    const previous = { from: window.from - length, to: window.from - 1 };
    const days = placeDaysOf(index.data.places);
    const now = days.map((d) => countIn(d, window));
    const before = days.map((d) => countIn(d, previous));
    const entries = rising(now, before).flatMap((r) => {
      const place = index.data.places[r.at];
      return place ? [{ ...r, place }] : [];
    });
    return { window, previous, entries };
  },
);

/** The places whose share rose most in the date window against the window before it. */
export function selectRising({ index, state }: DeriveInput): RisingView {
  return risingFor(index, state.filters.from, state.filters.to);
}
