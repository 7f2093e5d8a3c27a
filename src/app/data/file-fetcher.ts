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

// One fetcher for the page's life: every reload of the data (after each saved correction)
// reuses the same worker instead of starting another that would never be stopped.
let pageFetcher: Fetcher | undefined;

/**
 * Fetches files from the data folder beside index.html; paths are relative to it. Bodies are
 * read in a worker where the browser has them, on the main thread otherwise. This module is
 * small and in the page's first script, so the index can be asked for before the app is loaded.
 */
export function fileFetcher(
  baseUrl: string,
): (path: string, kind: FileKind) => Promise<FetchResult> {
  const base = new URL(`${baseUrl}data/`, location.href);
  pageFetcher ??= (typeof Worker === 'undefined' ? null : workerFetcher()) ?? onThisThread;
  const fetchUrl = pageFetcher;
  return (path, kind) => fetchUrl(new URL(path, base).href, kind);
}

export const INDEX_PATH = 'dateline.json';

let early: { baseUrl: string; reply: Promise<FetchResult> } | undefined;

/** Asks for the index at once; the first load takes this reply instead of asking again. */
export function startIndexFetch(baseUrl: string): void {
  early = { baseUrl, reply: fileFetcher(baseUrl)(INDEX_PATH, 'index') };
}

/** The reply startIndexFetch asked for, once; undefined if there is none (a later reload). */
export function takeIndexFetch(baseUrl: string): Promise<FetchResult> | undefined {
  const taken = early;
  early = undefined;
  return taken?.baseUrl === baseUrl ? taken.reply : undefined;
}
