import { defaultPanel, INITIAL_STATE, orderedDates, type AppState } from './app-state';
import { URL_CODECS } from './url-codecs';

export interface DecodedUrl {
  state: AppState;
  /** Short, user-facing notes about parts of the address that were not understood. */
  problems: string[];
}

/**
 * The address for a state, e.g. `?map=6/43.585/39.723&place=gn:491422`: one `key=value` per
 * codec row (url-codecs.ts) whose value is not the default, so a plain map view stays short.
 */
export function encodeUrlState(state: AppState): string {
  const parts: string[] = [];
  for (const row of URL_CODECS) {
    const text = row.encode(row.get(state), state);
    if (text !== null) parts.push(`${row.key}=${encodeValue(text)}`);
  }
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
  const given = new Set<string>();
  let state = INITIAL_STATE;
  for (const row of URL_CODECS) {
    const text = params.get(row.key);
    if (text === null || text === '') continue;
    const value = row.decode(text, problems);
    if (value === undefined) continue;
    state = row.set(state, value);
    given.add(row.key);
  }
  return { state: tieKeys(state, given, problems), problems };
}

/** The rules between keys: a passage needs its article, the default panel, dates in order. */
function tieKeys(state: AppState, given: ReadonlySet<string>, problems: string[]): AppState {
  const dates = orderedDates(state.filters);
  if (dates.swapped) {
    problems.push('The start date in the link was after the end date, so the two were swapped.');
  }
  return {
    ...state,
    passage: state.articleId ? state.passage : null,
    panel: given.has('panel') ? state.panel : defaultPanel(state),
    filters: dates.filters,
  };
}

/**
 * True when going from one state to the next changes a key whose row asks for a history entry
 * (a deliberate selection), so Back can undo it; other changes replace the current entry.
 */
export function pushesHistory(prev: AppState, next: AppState): boolean {
  return URL_CODECS.some(
    (row) =>
      row.history === 'push' && row.encode(row.get(prev), prev) !== row.encode(row.get(next), next),
  );
}
