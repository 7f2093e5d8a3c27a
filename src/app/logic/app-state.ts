import type { Bin } from './bins';
import type { MapView } from './view';

/** Which detail panel is open beside the map. */
export type Panel = 'place' | 'article';
/** Which list the sidebar (or the phone's bottom sheet) shows. */
export const LIST_TABS = ['places', 'articles', 'rising'] as const;
export type ListTab = (typeof LIST_TABS)[number];

export interface Filters {
  /** Inclusive ISO dates (YYYY-MM-DD); null leaves that end open. */
  from: string | null;
  to: string | null;
}

/** The optional map layers, by id (their drawing is the table in map/layers.tsx). */
export const LAYER_IDS = ['links', 'rising'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** Which optional layers are drawn. */
export type Layers = Record<LayerId, boolean>;

/** How many link lines the map may draw: the strongest first, so a busy view stays readable. */
export const LINK_LIMITS = [10, 25, 50, 100, 500] as const;

/** Playback speeds, in steps per second. */
export const SPEEDS = [0.5, 1, 2, 4] as const;

/** Everything the URL carries; serialisable, so it can live in the store and in history. */
export interface AppState {
  /** null until the map has fitted itself to the data. */
  view: MapView | null;
  placeId: string | null;
  articleId: string | null;
  passage: number | null;
  panel: Panel | null;
  filters: Filters;
  layers: Layers;
  list: ListTab;
  /** Leaves places the geoparser doubts (logic/doubt.ts) off the map and lists. */
  hideDoubtful: boolean;
  /** How many of the strongest link lines the map draws (one of LINK_LIMITS). */
  linkLimit: number;
  /** The place list follows the map: only places inside the current view. */
  onlyInView: boolean;
  /** Counts every outlet's copy of a story, not each story once (logic/copies.ts). */
  everyCopy: boolean;
  /** The timeline's bar size as the user picked it; null follows the span (bins.ts autoBin). */
  bin: Bin | null;
  /** How far playback moves the window each step; null: one bar. */
  step: Bin | null;
  /** Playback steps per second (one of SPEEDS). */
  speed: number;
}

export const INITIAL_STATE: AppState = {
  view: null,
  placeId: null,
  articleId: null,
  passage: null,
  panel: null,
  filters: { from: null, to: null },
  layers: { links: false, rising: false },
  list: 'places',
  hideDoubtful: false,
  linkLimit: 25,
  onlyInView: false,
  everyCopy: false,
  bin: null,
  step: null,
  speed: 1,
};

/** The panel a selection opens when the URL does not say: a place wins over an article. */
export function defaultPanel(state: Pick<AppState, 'placeId' | 'articleId'>): Panel | null {
  if (state.placeId) return 'place';
  if (state.articleId) return 'article';
  return null;
}

/**
 * The filters with their dates in order: a range whose start is after its end is turned round,
 * since that is almost always what was meant. `swapped` says whether it was.
 */
export function orderedDates(filters: Filters): { filters: Filters; swapped: boolean } {
  const { from, to } = filters;
  if (from !== null && to !== null && from > to)
    return { filters: { from: to, to: from }, swapped: true };
  return { filters, swapped: false };
}
