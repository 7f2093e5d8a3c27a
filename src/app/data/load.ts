import { decodeBasemap, type Basemap } from './basemap';
import { buildIndex, type DataIndex } from './data-index';
import { checkDataFile } from './validate';

export type { Basemap };

export type Loaded =
  | { ok: true; index: DataIndex; basemap: Basemap | null; notice: string | null }
  | { ok: false; message: string };

/** The only place in the app that fetches: the data file and the basemap, beside index.html. */
export async function loadAll(baseUrl: string): Promise<Loaded> {
  const [data, basemap] = await Promise.all([
    fetchJson(`${baseUrl}data/dateline.json`),
    fetchJson(`${baseUrl}data/basemap.json`),
  ]);
  if (!data.ok) {
    return {
      ok: false,
      message: `The news data could not be loaded (${data.reason}). Run npm run preprocess, then reload.`,
    };
  }
  const checked = checkDataFile(data.json);
  if (!checked.ok) return { ok: false, message: checked.message };
  const countries = basemap.ok ? decodeBasemap(basemap.json) : null;
  return {
    ok: true,
    index: buildIndex(checked.value),
    basemap: countries,
    notice: countries ? null : 'The world map could not be loaded; places are shown without it.',
  };
}

type Fetched = { ok: true; json: unknown } | { ok: false; reason: string };

async function fetchJson(url: string): Promise<Fetched> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    return { ok: true, json: await response.json() };
  } catch (error) {
    return { ok: false, reason: error instanceof SyntaxError ? 'not valid JSON' : 'network error' };
  }
}
