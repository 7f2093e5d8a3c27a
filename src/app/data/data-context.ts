import { createContext, useContext } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { Link } from '../logic/cooccurrence';
import type { ShownPlace } from '../logic/filters';
import type { DataIndex } from './data-index';
import type { Basemap } from './load';
import type { DataSource } from './source';

/** The loaded data and what the current filters derive from it. */
export interface DataView {
  index: DataIndex;
  /** Fetches (and caches) what the index only points to: articles, passages, search shards. */
  source: DataSource;
  basemap: Basemap | null;
  /** Places the map and list show, most mentioned first, with their filtered counts. */
  shown: ShownPlace[];
  shownById: Map<string, ShownPlace>;
  /** Co-occurrence links among the shown places, under the current filters. */
  links: Link[];
  /** Links over all articles (the index's strongest pairs), whatever the filters. */
  allLinks: Link[];
}

export const DataContext = createContext<DataView | null>(null);

export function useData(): DataView {
  const view = useContext(DataContext);
  if (!view) throw new Error('useData outside <DataContext>');
  return view;
}

/** The Leaflet map lives in a ref, never in the store; controls outside the map read it here. */
export const MapRefContext = createContext<{ current: LeafletMap | null }>({ current: null });
