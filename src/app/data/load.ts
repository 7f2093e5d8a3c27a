import { decodeBasemap, type Basemap } from './basemap';
import { buildIndex } from './data-index';
import { fetchJsonAt, type FetchReply, type FetchRequest, type FetchResult } from './fetch-json';
import type { FetchJson } from './json-cache';
import { workerCalls } from './worker-calls';
import { DataSource } from './source';
import { checkIndex } from './validate';

export type { Basemap };

export type Loaded =
  | { ok: true; source: DataSource; basemap: Basemap | null; notice: string | null }
  | { ok: false; message: string };

/** A fetcher that reads and parses bodies in a worker (fetch-worker.ts), one worker for all. */
function workerFetcher(): ((url: string) => Promise<FetchResult>) | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./fetch-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const call = workerCalls<FetchReply>(worker);
  return async (url) => (await call({ url } satisfies Omit<FetchRequest, 'id'>)).result;
}

// One fetcher for the page's life: every reload of the data (after each saved correction)
// reuses the same worker instead of starting another that would never be stopped.
let pageFetcher: ((url: string) => Promise<FetchResult>) | undefined;

/**
 * Fetches JSON from the data folder beside index.html; paths are relative to it. Bodies are read
 * in a worker where the browser has them, on the main thread otherwise (tests).
 */
export function dataFetcher(baseUrl: string): FetchJson {
  const base = new URL(`${baseUrl}data/`, location.href);
  pageFetcher ??= (typeof Worker === 'undefined' ? null : workerFetcher()) ?? fetchJsonAt;
  const fetchUrl = pageFetcher;
  return (path) => fetchUrl(new URL(path, base).href);
}

/**
 * What the first paint needs: the index (validated, bad records left out with a notice) and the
 * basemap it names. Everything else is fetched later through the returned DataSource.
 */
export async function loadAll(
  baseUrl: string,
  report: (line: string) => void = () => undefined,
): Promise<Loaded> {
  const fetchJson = dataFetcher(baseUrl);
  const data = await fetchJson('dateline.json');
  if (!data.ok) {
    return {
      ok: false,
      message: `The news data could not be loaded (${data.reason}). Run npm run preprocess, then reload.`,
    };
  }
  const checked = checkIndex(data.json);
  if (!checked.ok) return { ok: false, message: checked.message };
  const basemap = await fetchJson(checked.value.basemap);
  const countries = basemap.ok ? decodeBasemap(basemap.json) : null;
  const notices = checked.dropped.map((line) => `Some data could not be read: ${line}.`);
  if (!countries) notices.push('The world map could not be loaded; places are shown without it.');
  return {
    ok: true,
    source: new DataSource(buildIndex(checked.value), fetchJson, report),
    basemap: countries,
    notice: notices.length > 0 ? notices.join(' ') : null,
  };
}
