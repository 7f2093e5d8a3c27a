import { createContext, useContext } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { DataIndex } from './data-index';
import type { Basemap } from './load';
import type { DataSource } from './source';

/**
 * The loaded data. What the filters derive from it (the shown places, links) comes from the
 * selectors in state/selectors.ts, through state/use-derived.ts.
 */
export interface DataView {
  index: DataIndex;
  /** Fetches (and caches) what the index only points to: articles, passages, search shards. */
  source: DataSource;
}

export const DataContext = createContext<DataView | null>(null);

/**
 * The basemap, or null when it cannot be read. Apart from the data view, which changes with every
 * step of the date window: what draws or reads the basemap re-renders only when it changes.
 */
export const BasemapContext = createContext<Basemap | null>(null);

export function useBasemap(): Basemap | null {
  return useContext(BasemapContext);
}

export function useData(): DataView {
  const view = useContext(DataContext);
  if (!view) throw new Error('useData outside <DataContext>');
  return view;
}

/**
 * The Leaflet map lives outside the store; controls outside the map read it here. The object is
 * new when the map arrives, so effects that depend on it run again then.
 */
export const MapRefContext = createContext<{ current: LeafletMap | null }>({ current: null });
