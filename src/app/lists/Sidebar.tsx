import { useData } from '../data/data-context';
import { appStore, useAppStore } from '../state/store';
import { ArticleList } from './ArticleList';
import { DateFilter } from './DateFilter';
import { PlaceList } from './PlaceList';

/** The list view: every place (an alternative to the map) or every article. */
export function Sidebar() {
  const list = useAppStore((s) => s.list);
  const { shown, index } = useData();
  return (
    <nav className="dl-sidebar" id="dl-list" tabIndex={-1} aria-label="Places and articles">
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
          Articles ({index.data.articles.length})
        </button>
      </div>
      <DateFilter />
      {list === 'places' ? <PlaceList /> : <ArticleList />}
    </nav>
  );
}
