import type { MouseEvent } from 'react';

/**
 * The first stops of the page: straight to the map (its keyboard-operable container, so the next
 * Tab reaches the markers) or to the list, past the hundreds of list entries between them.
 */
export function SkipLinks() {
  const focusMap = (event: MouseEvent<HTMLAnchorElement>) => {
    const container = document.querySelector<HTMLElement>('#dl-map .leaflet-container');
    if (!container) return;
    event.preventDefault();
    container.focus();
  };
  return (
    <div className="dl-skip">
      <a href="#dl-map" onClick={focusMap}>
        Skip to the map
      </a>
      <a href="#dl-list">Skip to the list</a>
    </div>
  );
}
