import { unpackBasemap, type Basemap, type PackedBasemap } from './basemap';
import { buildIndex } from './data-index';
import { fileFetcher, INDEX_PATH, takeIndexFetch } from './file-fetcher';
import type { FetchJson } from './json-cache';
import { DataSource } from './source';
import { checkIndex } from './validate';

export type { Basemap };

export type Loaded =
  | { ok: true; source: DataSource; basemap: Basemap | null; notice: string | null }
  | { ok: false; message: string };

async function fetchBasemap(
  fetchFile: ReturnType<typeof fileFetcher>,
  path: string,
): Promise<Basemap | null> {
  const file = await fetchFile(path, 'basemap');
  return file.ok && file.json !== null ? unpackBasemap(file.json as PackedBasemap) : null;
}

/**
 * What the first paint needs: the index (validated, bad records left out with a notice) and the
 * basemap it names. Everything else is fetched later through the returned DataSource.
 */
export async function loadAll(
  baseUrl: string,
  report: (line: string) => void = () => undefined,
): Promise<Loaded> {
  const fetchFile = fileFetcher(baseUrl);
  const fetchJson: FetchJson = (path) => fetchFile(path, 'json');
  const data = await (takeIndexFetch(baseUrl) ?? fetchFile(INDEX_PATH, 'index'));
  if (!data.ok) {
    return {
      ok: false,
      message: `The news data could not be loaded (${data.reason}). Run npm run preprocess, then reload.`,
    };
  }
  const checked = checkIndex(data.json);
  if (!checked.ok) return { ok: false, message: checked.message };
  // Asked for before the index's look-ups are built, which it then overlaps.
  const basemapComing = fetchBasemap(fetchFile, checked.value.basemap);
  const source = new DataSource(buildIndex(checked.value), fetchJson, report);
  const notices = checked.dropped.map((line) => `Some data could not be read: ${line}.`);
  const basemap = await basemapComing;
  if (!basemap) notices.push('The world map could not be loaded; places are shown without it.');
  return {
    ok: true,
    source,
    basemap,
    notice: notices.length > 0 ? notices.join(' ') : null,
  };
}
