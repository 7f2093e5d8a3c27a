import type { PackedBasemap } from './basemap';
import type { FetchReply, FetchRequest, FetchResult, FileKind, IndexBasemap } from './fetch-json';
import { basemapInHead } from './index-head';
import type { FetchFailure } from './json-cache';
import { workerCalls } from './worker-calls';

/** Reads the file at `url` as `kind` says; with `bytes`, they are its body, read already. */
type Fetcher = (url: string, kind: FileKind, bytes?: ArrayBuffer) => Promise<FetchResult>;

/** A fetcher that reads and parses bodies in a worker (fetch-worker.ts), one worker for all. */
function workerFetcher(): Fetcher | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./fetch-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const call = workerCalls<FetchReply>(worker);
  return async (url, kind, bytes) =>
    (await call({ url, kind, bytes } satisfies Omit<FetchRequest, 'id'>, bytes ? [bytes] : []))
      .result;
}

// Where there is no worker (tests), bodies are read here; that code is loaded only then.
const onThisThread: Fetcher = async (url, kind, bytes) => {
  const { fetchFileAt, readBytes } = await import('./fetch-json');
  return bytes ? readBytes(bytes, kind) : fetchFileAt(url, kind);
};

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
 * A file's body, read on this thread, which costs it little (the network hands over chunks; they
 * are joined once), for a worker to parse. `first` hears its first chunk as text.
 */
async function readBody(
  url: string,
  first: (text: string) => void = () => undefined,
): Promise<ArrayBuffer | FetchFailure> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return { ok: false, reason: `HTTP ${response.status}` };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (chunks.length === 0) first(new TextDecoder().decode(value));
      chunks.push(value);
      size += value.length;
    }
    const whole = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole.buffer;
  } catch {
    return { ok: false, reason: 'network error' };
  }
}

/**
 * Asks for the index at once, answering index.html's preload, and for the basemap named in the
 * index's first bytes as soon as they are there. Both requests leave from this thread, not once a
 * worker has started (at 100,000 articles the index left 0.7-1.2 s after the page); the workers
 * start meanwhile, and parse the index and decode the basemap side by side. The first load takes
 * these replies instead of asking again.
 */
export function startIndexFetch(baseUrl: string): void {
  const url = new URL(`${baseUrl}data/${INDEX_PATH}`, location.href).href;
  const parse = laneFetcher('interactive');
  const decode = laneFetcher('background');
  let headRead: (head: string) => void = () => undefined;
  const head = new Promise<string>((resolve) => {
    headRead = resolve;
  });
  const index = readBody(url, headRead);
  void index.then(() => {
    headRead('');
  });
  const basemap = async (): Promise<FetchResult> => {
    const path = basemapInHead(await head);
    if (!path) return { ok: false, reason: 'the index does not name its basemap first' };
    const at = new URL(path, url).href;
    const bytes = await readBody(at);
    if (!(bytes instanceof ArrayBuffer)) return bytes;
    const decoded = await decode(at, 'basemap', bytes);
    if (!decoded.ok) return decoded;
    return {
      ok: true,
      json: { path, basemap: decoded.json as PackedBasemap | null } satisfies IndexBasemap,
    };
  };
  early = {
    baseUrl,
    replies: {
      index: index.then((bytes) =>
        bytes instanceof ArrayBuffer ? parse(url, 'index', bytes) : bytes,
      ),
      basemap: basemap(),
    },
  };
}

/** The replies startIndexFetch asked for, once; undefined if there are none (a later reload). */
export function takeIndexFetch(baseUrl: string): EarlyFetch | undefined {
  const taken = early;
  early = undefined;
  return taken?.baseUrl === baseUrl ? taken.replies : undefined;
}
