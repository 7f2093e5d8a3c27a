import type { ArticleFull } from '../../shared/schema';
import type { DataIndex } from '../data/data-index';
import type { Link } from '../logic/cooccurrence';
import { withoutDoubtful } from '../logic/doubt';
import { dayRange, shownLinks, shownPlaces, type ShownPlace } from '../logic/filters';
import type { AppState } from '../logic/app-state';
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
