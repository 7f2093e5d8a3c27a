import * as v from 'valibot';
import {
  ApiStatusSchema,
  GazetteerReplySchema,
  SaveCorrectionReplySchema,
  type Correction,
  type PlaceRef,
  type SaveCorrectionReply,
} from '../../shared/schema';

/**
 * The local API's client (src/node/api): present under `npm start` and `npm run dev`, absent on a
 * static host, where /api/status is a 404 or the app's own page. Only the loader fetches.
 */
export interface LocalApi {
  save(correction: Correction): Promise<SaveCorrectionReply>;
  search(query: string): Promise<PlaceRef[]>;
  places(ids: readonly string[]): Promise<PlaceRef[]>;
}

async function json(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: unknown } | null)?.error;
    throw new Error(typeof error === 'string' ? error : `HTTP ${response.status}`);
  }
  return body;
}

/** The API when the server has one, else null (the controls that need it are then hidden). */
export async function connectLocalApi(baseUrl: string): Promise<LocalApi | null> {
  let token: string;
  try {
    // The server says whether it has an API on the page itself; a static host does not, and is
    // then never asked for a file it lacks.
    const page = await fetch(baseUrl, { method: 'HEAD', cache: 'no-store' });
    if (page.headers.get('X-Dateline-Api') !== 'on') return null;
    const response = await fetch(`${baseUrl}api/status`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const status = v.safeParse(ApiStatusSchema, await response.json());
    if (!status.success || !status.output.editing) return null;
    token = status.output.token;
  } catch {
    return null;
  }
  return {
    async save(correction) {
      const response = await fetch(`${baseUrl}api/corrections`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dateline-Token': token },
        body: JSON.stringify({ correction }),
      });
      return v.parse(SaveCorrectionReplySchema, await json(response));
    },
    async search(query) {
      const response = await fetch(`${baseUrl}api/gazetteer?q=${encodeURIComponent(query)}`);
      return v.parse(GazetteerReplySchema, await json(response)).places;
    },
    async places(ids) {
      const list = ids.map(encodeURIComponent).join(',');
      const response = await fetch(`${baseUrl}api/gazetteer?ids=${list}`);
      return v.parse(GazetteerReplySchema, await json(response)).places;
    },
  };
}
