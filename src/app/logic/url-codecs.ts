import {
  defaultPanel,
  INITIAL_STATE,
  LAYER_IDS,
  LINK_LIMITS,
  LIST_TABS,
  SPEEDS,
  type AppState,
  type LayerId,
  type Layers,
} from './app-state';
import { BINS, type Bin } from './bins';
import { quoteForNotice } from './notice-text';
import { MAX_ZOOM, MIN_ZOOM, roundView, type MapView } from './view';

/**
 * One URL parameter: how a piece of AppState is written to the address and read back.
 *
 * To add a key: give AppState the field and its default (INITIAL_STATE), add one row to
 * URL_CODECS below (a file of its own beside this one when its decoding needs more than a few
 * lines), and give it examples in url-state.test.ts, whose table test round-trips every row.
 * The address lists keys in the table's order.
 */
export interface UrlCodec<T> {
  /** The parameter name, e.g. `place` in `?place=gn:491422`. */
  key: string;
  /**
   * 'push': changing it adds a history entry, so Back undoes it (a deliberate selection);
   * 'replace': it rewrites the current entry, throttled (pans, filters, settings).
   */
  history: 'push' | 'replace';
  get(state: AppState): T;
  set(state: AppState, value: T): AppState;
  /** The text to write, or null to leave the key out: defaults are left out to keep links short. */
  encode(value: T, state: AppState): string | null;
  /**
   * The value of a non-empty text. When the text is not understood, pushes a one-line note for
   * the user onto `problems` and returns undefined: the state keeps its default. Never throws.
   */
  decode(text: string, problems: string[]): T | undefined;
}

/** A row with its value type checked, then erased so rows of different types share one table. */
export function codec<T>(row: UrlCodec<T>): UrlCodec<unknown> {
  return row;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A true/false setting written as one word when on (`doubtful=hide`) and left out when off. */
function flag(
  key: string,
  field: 'hideDoubtful' | 'onlyInView' | 'everyCopy',
  on: string,
  off: string,
  problem: string,
): UrlCodec<unknown> {
  return codec<boolean>({
    key,
    history: 'replace',
    get: (s) => s[field],
    set: (s, value) => ({ ...s, [field]: value }),
    encode: (value) => (value ? on : null),
    decode(text, problems) {
      if (text === on) return true;
      if (text === off) return false;
      problems.push(problem);
      return undefined;
    },
  });
}

/** A bar size, written as its name and left out when null (following the span). */
function binRow(key: 'bin' | 'step', problem: string): UrlCodec<unknown> {
  return codec<Bin | null>({
    key,
    history: 'replace',
    get: (s) => s[key],
    set: (s, value) => ({ ...s, [key]: value }),
    encode: (value) => value,
    decode(text, problems) {
      const bin = BINS.find((b) => b === text);
      if (bin) return bin;
      problems.push(problem);
      return undefined;
    },
  });
}

/** A text id, taken as it is: the data decides later whether it exists (resolve-state.ts). */
function id(key: string, field: 'placeId' | 'articleId'): UrlCodec<unknown> {
  return codec<string | null>({
    key,
    history: 'push',
    get: (s) => s[field],
    set: (s, value) => ({ ...s, [field]: value }),
    encode: (value) => value,
    decode: (text) => text,
  });
}

function date(key: 'from' | 'to', what: string): UrlCodec<unknown> {
  return codec<string | null>({
    key,
    history: 'replace',
    get: (s) => s.filters[key],
    set: (s, value) => ({ ...s, filters: { ...s.filters, [key]: value } }),
    encode: (value) => value,
    decode(text, problems) {
      const parsed = new Date(`${text}T00:00:00Z`);
      if (
        ISO_DATE.test(text) &&
        !Number.isNaN(parsed.getTime()) &&
        parsed.toISOString().startsWith(text)
      ) {
        return text;
      }
      problems.push(`The ${what} in the link was not understood, so that filter is off.`);
      return undefined;
    },
  });
}

function decodeView(text: string, problems: string[]): MapView | undefined {
  const parts = text.split('/');
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
    return undefined;
  }
  return { lat, lon, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) };
}

function decodeLayers(text: string, problems: string[]): Layers {
  const layers = { ...INITIAL_STATE.layers };
  for (const name of text.split(',')) {
    if ((LAYER_IDS as readonly string[]).includes(name)) layers[name as LayerId] = true;
    else
      problems.push(
        `The link names a layer this app does not have ("${quoteForNotice(name, 20)}").`,
      );
  }
  return layers;
}

/**
 * Every URL parameter, in the order the address lists them. Rules that tie keys together (a
 * passage needs an article, the default panel, dates in order) are in url-state.ts.
 */
export const URL_CODECS: readonly UrlCodec<unknown>[] = [
  codec<MapView | null>({
    key: 'map',
    history: 'replace',
    get: (s) => s.view,
    set: (s, view) => ({ ...s, view }),
    encode(view) {
      if (!view) return null;
      const v = roundView(view);
      return `${v.zoom}/${v.lat}/${v.lon}`;
    },
    decode: decodeView,
  }),
  id('place', 'placeId'),
  id('article', 'articleId'),
  codec<number | null>({
    key: 'passage',
    history: 'push',
    get: (s) => s.passage,
    set: (s, passage) => ({ ...s, passage }),
    encode: (passage, s) => (s.articleId && passage !== null ? String(passage) : null),
    decode(text, problems) {
      if (/^\d{1,6}$/.test(text)) return Number(text);
      problems.push('The passage number in the link was not understood.');
      return undefined;
    },
  }),
  // Written only when it differs from the panel the selection would open anyway.
  codec<AppState['panel']>({
    key: 'panel',
    history: 'push',
    get: (s) => s.panel,
    set: (s, panel) => ({ ...s, panel }),
    encode: (panel, s) => (panel === defaultPanel(s) ? null : (panel ?? 'none')),
    decode(text, problems) {
      if (text === 'place' || text === 'article') return text;
      if (text === 'none') return null;
      problems.push('The panel named in the link was not understood.');
      return undefined;
    },
  }),
  date('from', 'start date'),
  date('to', 'end date'),
  codec<Layers>({
    key: 'layers',
    history: 'replace',
    get: (s) => s.layers,
    set: (s, layers) => ({ ...s, layers }),
    encode(layers) {
      const on = LAYER_IDS.filter((id) => layers[id]);
      return on.length > 0 ? on.join(',') : null;
    },
    decode: decodeLayers,
  }),
  codec<AppState['list']>({
    key: 'list',
    history: 'replace',
    get: (s) => s.list,
    set: (s, list) => ({ ...s, list }),
    encode: (list) => (list === INITIAL_STATE.list ? null : list),
    decode(text, problems) {
      const list = LIST_TABS.find((tab) => tab === text);
      if (list) return list;
      problems.push('The list named in the link was not understood.');
      return undefined;
    },
  }),
  flag(
    'doubtful',
    'hideDoubtful',
    'hide',
    'show',
    "The link's choice about doubtful places was not understood, so they are shown.",
  ),
  codec<number>({
    key: 'linklimit',
    history: 'replace',
    get: (s) => s.linkLimit,
    set: (s, linkLimit) => ({ ...s, linkLimit }),
    encode: (limit) => (limit === INITIAL_STATE.linkLimit ? null : String(limit)),
    decode(text, problems) {
      const limit = LINK_LIMITS.find((n) => String(n) === text);
      if (limit !== undefined) return limit;
      problems.push(
        `The number of link lines in the link was not understood, so the strongest ${INITIAL_STATE.linkLimit} are drawn.`,
      );
      return undefined;
    },
  }),
  flag(
    'inview',
    'onlyInView',
    'only',
    'all',
    'The choice of places to list in the link was not understood, so all are listed.',
  ),
  flag(
    'copies',
    'everyCopy',
    'all',
    'once',
    "The link's choice about copies of a story was not understood, so each story counts once.",
  ),
  binRow('bin', "The timeline's bar size in the link was not understood, so it follows the dates."),
  binRow('step', 'The playback step in the link was not understood, so it moves one bar.'),
  codec<number>({
    key: 'speed',
    history: 'replace',
    get: (s) => s.speed,
    set: (s, speed) => ({ ...s, speed }),
    encode: (speed) => (speed === INITIAL_STATE.speed ? null : String(speed)),
    decode(text, problems) {
      const speed = SPEEDS.find((n) => String(n) === text);
      if (speed !== undefined) return speed;
      problems.push(
        'The playback speed in the link was not understood, so it plays one step a second.',
      );
      return undefined;
    },
  }),
];
