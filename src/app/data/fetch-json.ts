import type { DataIndexFile } from '../../shared/schema';
import { basemapBuffers, decodeBasemap, type PackedBasemap } from './basemap';
import type { FetchJson } from './json-cache';
import { checkIndex, type Checked } from './validate';

export type FetchResult = Awaited<ReturnType<FetchJson>>;

/**
 * What to make of a file: parsed JSON; the index, parsed and checked (a Checked<DataIndexFile>),
 * whose basemap the worker then starts fetching before anyone asks (it is asked for next); or
 * the basemap decoded and projected.
 */
export type FileKind = 'json' | 'index' | 'basemap';

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

/**
 * One JSON file, parsed, or the reason it could not be: in the fetch worker, or here. `onHead`
 * hears the text of the body's first chunk, before the whole body has arrived.
 */
export async function fetchJsonAt(
  url: string,
  onHead?: (text: string) => void,
): Promise<FetchResult> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    if (onHead) readHead(response.clone(), onHead);
    return { ok: true, json: (await response.json()) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof SyntaxError ? 'not valid JSON' : 'network error',
    };
  }
}

function readHead(response: Response, onHead: (text: string) => void): void {
  const reader = response.body?.getReader();
  if (!reader) return;
  reader
    .read()
    .then(({ value }) => {
      if (value) onHead(new TextDecoder().decode(value));
      return reader.cancel();
    })
    .catch(() => undefined);
}

// Publish writes the basemap's path near the top of the index (08-index.ts, buildIndex).
const BASEMAP_NEAR_TOP = /"basemap":"(shards\/basemap-[0-9a-f]{16}\.json)"/;

/** The URL of the basemap named in the first bytes of an index, if they name it. */
export function basemapInHead(head: string, indexUrl: string): string | null {
  const path = BASEMAP_NEAR_TOP.exec(head)?.[1];
  return path ? new URL(path, indexUrl).href : null;
}

/**
 * A file as `kind` says; a basemap's json is a PackedBasemap, or null if it is not one. The
 * index is checked where it is parsed: at 100,000 articles checking it took 70-150 ms of the
 * page's main thread before the first marker (issue 7); here it overlaps the basemap's fetch.
 */
export async function fetchFileAt(
  url: string,
  kind: FileKind,
  onHead?: (text: string) => void,
): Promise<FetchResult> {
  const result = await fetchJsonAt(url, onHead);
  if (!result.ok) return result;
  if (kind === 'basemap') return { ok: true, json: decodeBasemap(result.json) };
  if (kind === 'index') return { ok: true, json: checkIndex(result.json) };
  return result;
}

/** The URL of the basemap a checked index names, if it was accepted. */
export function basemapNamedBy(checked: unknown, indexUrl: string): string | null {
  const index = checked as Checked<DataIndexFile>;
  return index.ok ? new URL(index.value.basemap, indexUrl).href : null;
}

/** The buffers a reply can move to the page instead of copying them. */
export function resultBuffers(kind: FileKind, result: FetchResult): ArrayBuffer[] {
  if (kind !== 'basemap' || !result.ok || result.json === null) return [];
  return basemapBuffers(result.json as PackedBasemap);
}
