import { decodeBasemap, type Basemap } from './basemap';
import { buildIndex } from './data-index';
import type { FetchJson } from './json-cache';
import { DataSource } from './source';
import { checkIndex } from './validate';

export type { Basemap };

export type Loaded =
  | { ok: true; source: DataSource; basemap: Basemap | null; notice: string | null }
  | { ok: false; message: string };

/** Fetches JSON from the data folder beside index.html; paths are relative to it. */
export function dataFetcher(baseUrl: string): FetchJson {
  return async (path) => {
    try {
      const response = await fetch(`${baseUrl}data/${path}`);
      if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
      return { ok: true, json: await response.json() };
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof SyntaxError ? 'not valid JSON' : 'network error',
      };
    }
  };
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
