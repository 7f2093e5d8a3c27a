import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useData } from '../data/data-context';
import { search, type SearchHit } from '../logic/search';
import { appStore } from '../state/store';

/** Typeahead over places and articles, following the WAI-ARIA combobox pattern. */
export function SearchBox() {
  const { index } = useData();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hits = useMemo(() => search(index, query), [index, query]);
  const expanded = open && query.trim() !== '';

  const choose = (hit: SearchHit) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    if (hit.kind === 'place') {
      const place = index.placeById.get(hit.id);
      if (place) appStore.getState().selectPlace(place, true);
    } else {
      appStore.getState().openArticle(hit.id, null);
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
