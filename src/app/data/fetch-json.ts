import type { FetchJson } from './json-cache';

export type FetchResult = Awaited<ReturnType<FetchJson>>;

/** What the page asks the fetch worker (fetch-worker.ts), and what it answers. */
export interface FetchRequest {
  id: number;
  url: string;
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
