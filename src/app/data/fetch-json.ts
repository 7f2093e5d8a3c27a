import { basemapBuffers, decodeBasemap, type PackedBasemap } from './basemap';
import type { FetchJson } from './json-cache';
import { checkIndex, checkPlaceDays } from './validate';

export type FetchResult = Awaited<ReturnType<FetchJson>>;

/**
 * What to make of a file: parsed JSON; the index or the places' series, parsed and checked (a
 * Checked<DataIndexFile>, Checked<PlaceDaysFile>); or the basemap decoded and projected.
 */
export type FileKind = 'json' | 'index' | 'basemap' | 'placeDays';

/** The basemap an index names: its path, and the basemap decoded (or null if it is not one). */
export interface IndexBasemap {
  path: string;
  basemap: PackedBasemap | null;
}

/**
 * What the page asks the fetch worker (fetch-worker.ts), and what it answers. With `bytes`, the
 * page has read the file at `url` already and the worker only parses them.
 */
export interface FetchRequest {
  id: number;
  url: string;
  kind: FileKind;
  bytes?: ArrayBuffer;
}
export interface FetchReply {
  id: number;
  result: FetchResult;
}

/** One JSON file, parsed, or the reason it could not be: in the fetch worker, or here. */
export async function fetchJsonAt(url: string): Promise<FetchResult> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    return { ok: true, json: (await response.json()) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof SyntaxError ? 'not valid JSON' : 'network error',
    };
  }
}

/**
 * A file as `kind` says; a basemap's json is a PackedBasemap, or null if it is not one. The
 * index is checked where it is parsed: at 100,000 articles checking it took 70-150 ms of the
 * page's main thread before the first marker (issue 7).
 */
export async function fetchFileAt(url: string, kind: FileKind): Promise<FetchResult> {
  const result = await fetchJsonAt(url);
  return result.ok ? { ok: true, json: readAs(kind, result.json) } : result;
}

/** A file's bytes, read already, parsed and made into what `kind` says. */
export function readBytes(bytes: ArrayBuffer, kind: FileKind): FetchResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return { ok: true, json: readAs(kind, json) };
}

/**
 * A parsed file made into what `kind` says. The places' series are checked here too: on the
 * page's main thread that was 30-50 ms of the task in which they arrived, at 100,000 articles
 * (issue 7).
 */
export function readAs(kind: FileKind, json: unknown): unknown {
  if (kind === 'basemap') return decodeBasemap(json);
  if (kind === 'index') return checkIndex(json);
  if (kind === 'placeDays') return checkPlaceDays(json);
  return json;
}

/** The buffers a reply can move to the page instead of copying them. */
export function resultBuffers(kind: FileKind, result: FetchResult): ArrayBuffer[] {
  if (!result.ok || result.json === null || kind !== 'basemap') return [];
  return basemapBuffers(result.json as PackedBasemap);
}
