import {
  defaultPanel,
  INITIAL_STATE,
  orderedDates,
  type AppState,
  type ListTab,
  type Panel,
} from './app-state';
import { quoteForNotice } from './notice-text';
import { MAX_ZOOM, MIN_ZOOM, roundView, type MapView } from './view';

export interface DecodedUrl {
  state: AppState;
  /** Short, user-facing notes about parts of the address that were not understood. */
  problems: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const LAYER_NAMES = ['links'] as const;

/**
 * The address for a state, e.g. `?map=6/43.585/39.723&place=gn:491422`.
 * Keys appear only when they differ from the default, so a plain map view stays short.
 */
export function encodeUrlState(state: AppState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeValue(value)}`);
  if (state.view) {
    const v = roundView(state.view);
    add('map', `${v.zoom}/${v.lat}/${v.lon}`);
  }
  if (state.placeId) add('place', state.placeId);
  if (state.articleId) add('article', state.articleId);
  if (state.articleId && state.passage !== null) add('passage', String(state.passage));
  if (state.panel !== defaultPanel(state)) add('panel', state.panel ?? 'none');
  if (state.filters.from) add('from', state.filters.from);
  if (state.filters.to) add('to', state.filters.to);
  const layers = LAYER_NAMES.filter((name) => state.layers[name]);
  if (layers.length > 0) add('layers', layers.join(','));
  if (state.list !== INITIAL_STATE.list) add('list', state.list);
  if (state.hideDoubtful) add('doubtful', 'hide');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

// Place ids such as `gn:491422` read better with their colon left alone.
function encodeValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/');
}

/** Reads an address back; anything malformed is dropped with a problem note, never thrown. */
export function decodeUrlState(search: string): DecodedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const text = (key: string) => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };

  const view = decodeView(text('map'), problems);
  const placeId = text('place');
  const articleId = text('article');
  const passage = decodePassage(text('passage'), problems);
  const panel = decodePanel(text('panel'), problems);
  const from = decodeDate(text('from'), 'start date', problems);
  const to = decodeDate(text('to'), 'end date', problems);
  const dates = orderedDates({ from, to });
  if (dates.swapped) {
    problems.push('The start date in the link was after the end date, so the two were swapped.');
  }
  const layers = decodeLayers(text('layers'), problems);
  const list = decodeList(text('list'), problems);
  const hideDoubtful = decodeHideDoubtful(text('doubtful'), problems);

  const state: AppState = {
    view,
    placeId,
    articleId,
    passage: articleId ? passage : null,
    panel: panel === undefined ? defaultPanel({ placeId, articleId }) : panel,
    filters: dates.filters,
    layers,
    list,
    hideDoubtful,
  };
  return { state, problems };
}

function decodeView(value: string | null, problems: string[]): MapView | null {
  if (value === null) return null;
  const parts = value.split('/');
  const [zoom, lat, lon] = parts.map((part) => (NUMBER.test(part) ? Number(part) : NaN));
  if (
    parts.length !== 3 ||
    zoom === undefined ||
    lat === undefined ||
    lon === undefined ||
    !(zoom >= MIN_ZOOM - 1 && zoom <= MAX_ZOOM + 6) ||
    !(lat >= -90 && lat <= 90) ||
    !(lon >= -180 && lon <= 180)
  ) {
    problems.push('The map position in the link was not understood, so the map shows every place.');
    return null;
  }
  return { lat, lon, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) };
}

function decodePassage(value: string | null, problems: string[]): number | null {
  if (value === null) return null;
  if (/^\d{1,6}$/.test(value)) return Number(value);
  problems.push('The passage number in the link was not understood.');
  return null;
}

// undefined: not given, use the default; null: explicitly no panel.
function decodePanel(value: string | null, problems: string[]): Panel | null | undefined {
  if (value === null) return undefined;
  if (value === 'place' || value === 'article') return value;
  if (value === 'none') return null;
  problems.push('The panel named in the link was not understood.');
  return undefined;
}

function decodeDate(value: string | null, what: string, problems: string[]): string | null {
  if (value === null) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (
    ISO_DATE.test(value) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value)
  ) {
    return value;
  }
  problems.push(`The ${what} in the link was not understood, so that filter is off.`);
  return null;
}

function decodeLayers(value: string | null, problems: string[]): AppState['layers'] {
  const layers = { ...INITIAL_STATE.layers };
  if (value === null) return layers;
  for (const name of value.split(',')) {
    if ((LAYER_NAMES as readonly string[]).includes(name))
      layers[name as keyof typeof layers] = true;
    else
      problems.push(
        `The link names a layer this app does not have ("${quoteForNotice(name, 20)}").`,
      );
  }
  return layers;
}

function decodeList(value: string | null, problems: string[]): ListTab {
  if (value === null) return INITIAL_STATE.list;
  if (value === 'places' || value === 'articles') return value;
  problems.push('The list named in the link was not understood.');
  return INITIAL_STATE.list;
}

function decodeHideDoubtful(value: string | null, problems: string[]): boolean {
  if (value === null || value === 'show') return false;
  if (value === 'hide') return true;
  problems.push("The link's choice about doubtful places was not understood, so they are shown.");
  return false;
}
