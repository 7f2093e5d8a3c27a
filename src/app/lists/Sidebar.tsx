import type { ReactNode } from 'react';
import { useData } from '../data/data-context';
import { appStore, useAppStore } from '../state/store';
import { selectRising } from '../state/selectors';
import { useDeriveInput, useShown } from '../state/use-derived';
import { RisingList } from './RisingList';
import { ArticleList } from './ArticleList';
import { CopiesToggle } from './CopiesToggle';
import { DateFilter } from './DateFilter';
import { PlaceList } from './PlaceList';
import { useArticlesInRange } from './use-articles-in-range';

/** The list view: every place (an alternative to the map) or every article. */
export function Sidebar() {
  const list = useAppStore((s) => s.list);
  const filtered = useAppStore((s) => s.filters.from !== null || s.filters.to !== null);
  const { index } = useData();
  const { shown } = useShown();
  const rising = selectRising(useDeriveInput()).entries.length;
  const timed = index.data.datedArticleCount > 0;
  const inRange = useArticlesInRange();
  // Until the article list arrives, the index's totals stand in (they are right with no filter).
  const articleCount =
    inRange?.positions.length ??
    (filtered ? index.data.datedArticleCount : index.data.articleCount);
  return (
    <SidebarNav>
      <div className="dl-tabs" role="group" aria-label="Show">
        <button
          type="button"
          aria-pressed={list === 'places'}
          onClick={() => {
            appStore.getState().setList('places');
          }}
        >
          Places ({shown.length})
        </button>
        <button
          type="button"
          aria-pressed={list === 'articles'}
          onClick={() => {
            appStore.getState().setList('articles');
          }}
        >
          Articles ({articleCount})
        </button>
        {timed && (
          <button
            type="button"
            aria-pressed={list === 'rising'}
            onClick={() => {
              appStore.getState().setList('rising');
            }}
          >
            Rising ({rising})
          </button>
        )}
      </div>
      <DateFilter />
      <CopiesToggle />
      {list === 'places' && <PlaceList />}
      {list === 'articles' && <ArticleList />}
      {list === 'rising' && <RisingList />}
    </SidebarNav>
  );
}

/** The list view's landmark; the skip link "Skip to the list" leads to it. */
function SidebarNav({ children }: { children?: ReactNode }) {
  return (
    <nav
      className="dl-sidebar"
      id="dl-list"
      tabIndex={-1}
      aria-label="Places and articles"
      aria-busy={children ? undefined : true}
      data-scroller
    >
      {children}
    </nav>
  );
}

/** Where the list view goes, empty while the map draws its first view (Dateline.tsx). */
export function SidebarPlaceholder() {
  return <SidebarNav />;
}
