import type { FetchReply, FetchRequest, FetchResult, FileKind } from './fetch-json';
import { workerCalls } from './worker-calls';

type Fetcher = (url: string, kind: FileKind) => Promise<FetchResult>;

/** A fetcher that reads and parses bodies in a worker (fetch-worker.ts), one worker for all. */
function workerFetcher(): Fetcher | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./fetch-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const call = workerCalls<FetchReply>(worker);
  return async (url, kind) => (await call({ url, kind } satisfies Omit<FetchRequest, 'id'>)).result;
}

// Where there is no worker (tests), bodies are read here; that code is loaded only then.
const onThisThread: Fetcher = async (url, kind) =>
  (await import('./fetch-json')).fetchFileAt(url, kind);

/**
 * Which worker reads a file. The big files read in the background after the first view (the
 * article list, the places' series: at 100,000 articles 13 and 3 MB, seconds of parsing on a
 * busy machine) have a worker of their own, so a passage page or an article asked for meanwhile
 * is not queued behind them.
 */
export type Lane = 'interactive' | 'background';

// One fetcher per lane for the page's life: every reload of the data (after each saved
// correction) reuses the same workers instead of starting others that would never be stopped.
const pageFetchers = new Map<Lane, Fetcher>();

function laneFetcher(lane: Lane): Fetcher {
  let fetcher = pageFetchers.get(lane);
  if (!fetcher) {
    fetcher = (typeof Worker === 'undefined' ? null : workerFetcher()) ?? onThisThread;
    pageFetchers.set(lane, fetcher);
  }
  return fetcher;
}

/**
 * Fetches files from the data folder beside index.html; paths are relative to it. Bodies are
 * read in a worker where the browser has them, on the main thread otherwise; the lane's worker
 * starts at its first file. This module is small and in the page's first script, so the index
 * can be asked for before the app is loaded.
 */
export function fileFetcher(
  baseUrl: string,
  lane: Lane = 'interactive',
): (path: string, kind: FileKind) => Promise<FetchResult> {
  const base = new URL(`${baseUrl}data/`, location.href);
  return (path, kind) => laneFetcher(lane)(new URL(path, base).href, kind);
}

export const INDEX_PATH = 'dateline.json';

/** The first load's index, and the basemap it names (an IndexBasemap), asked for at once. */
export interface EarlyFetch {
  index: Promise<FetchResult>;
  basemap: Promise<FetchResult>;
}

let early: { baseUrl: string; replies: EarlyFetch } | undefined;

/**
 * Asks for the index at once, and for the basemap it names on the other worker, which finds
 * it in the index's first bytes: the two are fetched and read side by side. The first load
 * takes these replies instead of asking again.
 */
export function startIndexFetch(baseUrl: string): void {
  early = {
    baseUrl,
    replies: {
      index: fileFetcher(baseUrl)(INDEX_PATH, 'index'),
      basemap: fileFetcher(baseUrl, 'background')(INDEX_PATH, 'indexBasemap'),
    },
  };
}

/** The replies startIndexFetch asked for, once; undefined if there are none (a later reload). */
export function takeIndexFetch(baseUrl: string): EarlyFetch | undefined {
  const taken = early;
  early = undefined;
  return taken?.baseUrl === baseUrl ? taken.replies : undefined;
}
