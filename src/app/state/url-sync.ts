import type { AppState } from '../logic/app-state';
import { resolveState, type Known } from '../logic/resolve-state';
import { decodeUrlState, encodeUrlState, pushesHistory } from '../logic/url-state';
import type { AppStore } from './store';

/** Pans and zooms rewrite the address at most this often (Safari caps URL updates). */
export const REPLACE_THROTTLE_MS = 300;

/** Reads the current address into the store, with a notice for whatever did not make sense. */
export function applyAddress(store: AppStore, known: Known): void {
  const decoded = decodeUrlState(window.location.search);
  const resolved = resolveState(decoded.state, known);
  const problems = [...decoded.problems, ...resolved.problems];
  store.getState().restore(resolved.state);
  if (problems.length > 0) store.getState().setNotice(problems.join(' '));
}

function urlFor(state: AppState): string {
  return `${window.location.pathname}${encodeUrlState(state)}${window.location.hash}`;
}

function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** Known ids plus a way to fetch what an address names (its article's shard) before applying it. */
export interface AddressData extends Known {
  prepare(search: string): Promise<void>;
}

/**
 * Keeps the address and the store in step. A change to a key whose codec row says 'push' (a
 * deliberate selection) pushes a history entry, so Back undoes it; other changes (pans, zooms,
 * filters, layers) replace the current entry, throttled.
 * Returns the function that stops syncing.
 */
export function startUrlSync(store: AppStore, data: AddressData): () => void {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (state: AppState, mode: 'push' | 'replace') => {
    const url = urlFor(state);
    if (url === currentUrl()) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const load = () => {
    applying = true;
    try {
      applyAddress(store, data);
    } finally {
      applying = false;
    }
    // A malformed or outdated link is rewritten to the view actually shown.
    write(store.getState(), 'replace');
  };

  load();

  const unsubscribe = store.subscribe((next, prev) => {
    if (applying) return;
    if (pushesHistory(prev, next)) {
      // The entry being left keeps the latest view, not one from before the last pan.
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        write(prev, 'replace');
      }
      write(next, 'push');
      return;
    }
    timer ??= setTimeout(() => {
      timer = undefined;
      write(store.getState(), 'replace');
    }, REPLACE_THROTTLE_MS);
  });

  let popped = 0;
  let stopped = false;
  const onPopState = () => {
    clearTimeout(timer);
    timer = undefined;
    store.getState().setNotice(null);
    // The article an entry names is fetched first, so its passage can be checked and its
    // places fitted; a later Back or Forward overtakes an earlier one still loading.
    const mine = ++popped;
    void data.prepare(window.location.search).then(() => {
      if (mine === popped && !stopped) load();
    });
  };
  window.addEventListener('popstate', onPopState);

  return function stopUrlSync() {
    stopped = true;
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPopState);
  };
}
