import { unpackBasemap, type Basemap, type PackedBasemap } from './basemap';
import { buildIndex } from './data-index';
import type { FetchResult, IndexBasemap } from './fetch-json';
import { fileFetcher, INDEX_PATH, takeIndexFetch } from './file-fetcher';
import type { FetchJson } from './json-cache';
import { DataSource } from './source';
import type { Checked } from './validate';
import type { DataIndexFile } from '../../shared/schema';

export type { Basemap };

export type Loaded =
  | { ok: true; source: DataSource; basemap: Basemap | null; notice: string | null }
  | { ok: false; message: string };

/** The basemap at `path`: the one read early if it is that one, else fetched now. */
async function fetchBasemap(
  fetchFile: ReturnType<typeof fileFetcher>,
  path: string,
  early: Promise<FetchResult> | undefined,
): Promise<Basemap | null> {
  const known = await early;
  const named = known?.ok ? (known.json as IndexBasemap) : null;
  const file: FetchResult =
    named?.path === path ? { ok: true, json: named.basemap } : await fetchFile(path, 'basemap');
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
  const early = takeIndexFetch(baseUrl);
  const data = await (early?.index ?? fetchFile(INDEX_PATH, 'index'));
  if (!data.ok) {
    return {
      ok: false,
      message: `The news data could not be loaded (${data.reason}). Run npm run preprocess, then reload.`,
    };
  }
  // Checked where it was parsed (fetch-json.ts).
  const checked = data.json as Checked<DataIndexFile>;
  if (!checked.ok) return { ok: false, message: checked.message };
  // Asked for before the index's look-ups are built, which it then overlaps.
  const basemapComing = fetchBasemap(fetchFile, checked.value.basemap, early?.basemap);
  const fetchBackground = fileFetcher(baseUrl, 'background');
  const source = new DataSource(buildIndex(checked.value), fetchJson, report, fetchBackground);
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
