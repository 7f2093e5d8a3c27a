import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useData } from '../data/data-context';
import { searchPlaces, type SearchHit } from '../logic/search';
import { openArticleLoaded } from '../panel/open-article';
import { appStore } from '../state/store';
import { searchArticles } from './article-search';

/** Typeahead over places and articles, following the WAI-ARIA combobox pattern. */
export function SearchBox() {
  const { index, source } = useData();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [articleHits, setArticleHits] = useState<{ query: string; hits: SearchHit[] }>({
    query: '',
    hits: [],
  });
  const listId = useId();
  // Names from the loaded index: its search is built once, in slices, just after the first view.
  const placeHits = useMemo(
    () => searchPlaces(index, query, source.index),
    [index, query, source.index],
  );

  useEffect(
    function findArticles() {
      let current = true;
      void searchArticles(source, query).then((hits) => {
        if (current) setArticleHits({ query, hits });
      });
      return function dropLateResults() {
        current = false;
      };
    },
    [source, query],
  );

  // Until this query's article hits arrive, the previous ones would point at the wrong words.
  const hits = articleHits.query === query ? [...placeHits, ...articleHits.hits] : placeHits;
  const expanded = open && query.trim() !== '';

  const choose = (hit: SearchHit) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    if (hit.kind === 'place') {
      const place = index.placeById.get(hit.id);
      if (place) appStore.getState().selectPlace(place, true);
    } else {
      openArticleLoaded(source, hit.id, null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (expanded ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="dl-search">
      <label htmlFor="dl-search" className="dl-sr-only">
        Search places and articles
      </label>
      <input
        id="dl-search"
        type="search"
        role="combobox"
        placeholder="Search places and articles"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="dl-search__list"
        hidden={!expanded}
      >
        {hits.map((hit, i) => (
          <li
            key={`${hit.kind}:${hit.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="dl-search__option"
            // mousedown, not click: the input keeps focus, so its blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <span className="dl-search__kind">{hit.kind === 'place' ? 'Place' : 'Article'}</span>{' '}
            {hit.label}
            {hit.why && <span className="dl-search__why"> ({hit.why})</span>}
          </li>
        ))}
        {hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="dl-search__none">
            No matches
          </li>
        )}
      </ul>
    </div>
  );
}
