import { basemapBuffers, decodeBasemap, type PackedBasemap } from './basemap';
import type { FetchJson } from './json-cache';

export type FetchResult = Awaited<ReturnType<FetchJson>>;

/**
 * What to make of a file: parsed JSON; the index, parsed, whose basemap the worker then starts
 * fetching before anyone asks (it is asked for next); or the basemap decoded and projected.
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

/** A file as `kind` says; a basemap's json is a PackedBasemap, or null if it is not one. */
export async function fetchFileAt(url: string, kind: FileKind): Promise<FetchResult> {
  const result = await fetchJsonAt(url);
  return kind === 'basemap' && result.ok ? { ok: true, json: decodeBasemap(result.json) } : result;
}

/** The URL of the basemap an index names, if it names one. */
export function basemapNamedBy(index: unknown, indexUrl: string): string | null {
  const path = (index as { basemap?: unknown } | null)?.basemap;
  return typeof path === 'string' ? new URL(path, indexUrl).href : null;
}

/** The buffers a reply can move to the page instead of copying them. */
export function resultBuffers(kind: FileKind, result: FetchResult): ArrayBuffer[] {
  if (kind !== 'basemap' || !result.ok || result.json === null) return [];
  return basemapBuffers(result.json as PackedBasemap);
}
