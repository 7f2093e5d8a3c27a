import { basemapBuffers, decodeBasemap, type PackedBasemap } from './basemap';
import type { FetchJson } from './json-cache';
import { checkIndex } from './validate';

export type FetchResult = Awaited<ReturnType<FetchJson>>;

/**
 * What to make of a file: parsed JSON; the index, parsed and checked (a Checked<DataIndexFile>);
 * the basemap decoded and projected; or the basemap an index names (an IndexBasemap), read from
 * the index's first bytes by the other worker while the first one reads the whole index.
 */
export type FileKind = 'json' | 'index' | 'basemap' | 'indexBasemap';

/** The basemap an index names: its path, and the basemap decoded (or null if it is not one). */
export interface IndexBasemap {
  path: string;
  basemap: PackedBasemap | null;
}

/** What the page asks the fetch worker (fetch-worker.ts), and what it answers. */
export interface FetchRequest {
  id: number;
  url: string;
  kind: FileKind;
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

// Publish writes the basemap's path among the index's first keys (08-index.ts, buildIndex).
const BASEMAP_NEAR_TOP = /"basemap":"(shards\/basemap-[0-9a-f]{16}\.json)"/;

/** The basemap's path named in the first bytes of an index, if they name it. */
export function basemapInHead(head: string): string | null {
  return BASEMAP_NEAR_TOP.exec(head)?.[1] ?? null;
}

/**
 * The basemap an index names, from the index's first chunk (the rest is not read), fetched and
 * decoded. Another worker reads the whole index meanwhile: the two overlap instead of queueing.
 */
async function basemapOfIndex(indexUrl: string): Promise<FetchResult> {
  let head = '';
  try {
    const response = await fetch(indexUrl);
    const reader = response.body?.getReader();
    const first = await reader?.read();
    if (first?.value) head = new TextDecoder().decode(first.value);
    await reader?.cancel();
  } catch {
    return { ok: false, reason: 'network error' };
  }
  const path = basemapInHead(head);
  if (!path) return { ok: false, reason: 'the index does not name its basemap first' };
  const basemap = await fetchFileAt(new URL(path, indexUrl).href, 'basemap');
  if (!basemap.ok) return basemap;
  return { ok: true, json: { path, basemap: basemap.json as PackedBasemap | null } };
}

/**
 * A file as `kind` says; a basemap's json is a PackedBasemap, or null if it is not one. The
 * index is checked where it is parsed: at 100,000 articles checking it took 70-150 ms of the
 * page's main thread before the first marker (issue 7).
 */
export async function fetchFileAt(url: string, kind: FileKind): Promise<FetchResult> {
  if (kind === 'indexBasemap') return basemapOfIndex(url);
  const result = await fetchJsonAt(url);
  if (!result.ok) return result;
  if (kind === 'basemap') return { ok: true, json: decodeBasemap(result.json) };
  if (kind === 'index') return { ok: true, json: checkIndex(result.json) };
  return result;
}

/** The buffers a reply can move to the page instead of copying them. */
export function resultBuffers(kind: FileKind, result: FetchResult): ArrayBuffer[] {
  if (!result.ok || result.json === null) return [];
  if (kind === 'basemap') return basemapBuffers(result.json as PackedBasemap);
  if (kind !== 'indexBasemap') return [];
  const { basemap } = result.json as IndexBasemap;
  return basemap ? basemapBuffers(basemap) : [];
}
