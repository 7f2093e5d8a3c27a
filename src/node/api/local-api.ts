import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as v from 'valibot';
import { withCorrection } from '../../shared/corrections-file';
import { firstIssue } from '../../shared/issues';
import {
  GazetteerIdsSchema,
  SaveCorrectionSchema,
  type ApiStatus,
  type GazetteerReply,
  type PlaceRef,
  type SaveCorrectionReply,
} from '../../shared/schema';
import { CORRECTIONS_FILE, loadCorrections, saveCorrections } from '../io/corrections-file';
import { mayWrite, sameOrigin, type Refusal } from './guard';
import { orphanLines, type Rerun } from './rerun';

export interface LocalApiOptions {
  /** The seeds folder: the only folder the API writes in, and only its corrections file. */
  seeds: string;
  /** Re-runs preprocess after a save. */
  rerun: Rerun;
  /** Places a name can be (the gazetteer, loaded on the first search). */
  searchPlaces: (query: string) => PlaceRef[];
  /** The gazetteer's places with these ids, leaving out ids it lacks. */
  placesById: (ids: readonly string[]) => PlaceRef[];
  /** Called after a save that was published: the server then prints the corrections' score. */
  afterSave?: () => void;
  /** Defaults to 32 random bytes, new every start. */
  token?: string;
}

type Next = (error?: unknown) => void;
type Handler = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

/** Sent with every page the server gives while the API is on. */
export const API_HEADER = 'X-Dateline-Api';

/** Bodies are one correction: a few hundred bytes. Anything near this is not one. */
const MAX_BODY_BYTES = 64 * 1024;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, refusal: NonNullable<Refusal>): void {
  send(response, refusal.status, { error: refusal.error });
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/.test(type)) {
    throw new ApiError(415, 'the body must be JSON (Content-Type: application/json)');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, `the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError(400, 'the body is not valid JSON');
  }
}

/** The corrections file a request names, which must be seeds/corrections.json itself. */
function correctionsFileIn(seeds: string, file = CORRECTIONS_FILE): string {
  const root = resolve(seeds);
  const path = resolve(root, file);
  if (isAbsolute(file) || !path.startsWith(root + sep)) {
    throw new ApiError(400, `"${file}" is outside the seeds folder; nothing was written`);
  }
  if (relative(root, path) !== CORRECTIONS_FILE) {
    throw new ApiError(
      400,
      `only ${CORRECTIONS_FILE} in the seeds folder can be written, not "${file}"`,
    );
  }
  return path;
}

/**
 * The local API beside the app: status (with this run's token), saving a correction (then
 * preprocess again), and a search of the whole gazetteer, by name or by place ids. Every request is refused unless it
 * comes from the app's own page on 127.0.0.1; a write also needs the token; a body must match
 * the schema. Unknown /api paths get a 404 here, everything else goes on to the app.
 */
export function createLocalApi(options: LocalApiOptions): { handle: Handler; token: string } {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const save = async (request: IncomingMessage): Promise<SaveCorrectionReply> => {
    const parsed = v.safeParse(SaveCorrectionSchema, await readBody(request));
    if (!parsed.success) {
      throw new ApiError(
        400,
        `not a correction: ${firstIssue(parsed.issues)}; nothing was written`,
      );
    }
    const path = correctionsFileIn(options.seeds, parsed.output.file);
    let current;
    try {
      current = loadCorrections(path);
    } catch (error) {
      throw new ApiError(409, `${(error as Error).message}; fix or move it, nothing was written`);
    }
    // Rewriting would drop what could not be read: the reader's file comes first.
    if (current.problems[0] !== undefined) {
      throw new ApiError(409, `${current.problems[0]}; fix it first, nothing was written`);
    }
    const list = withCorrection(current.corrections, parsed.output.correction);
    saveCorrections(path, list);
    const run = await options.rerun();
    if (run.ok) options.afterSave?.();
    return { corrections: list.length, published: run.ok, orphans: orphanLines(run.output) };
  };

  const handle: Handler = (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) {
      // Tells the page there is an API to ask, so a static host's page never requests a
      // missing /api/status (a 404 in every reader's console).
      response.setHeader(API_HEADER, 'on');
      next();
      return;
    }
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    if (route === 'POST /api/corrections') {
      const refused = mayWrite(request, token);
      if (refused) {
        refuse(response, refused);
        return;
      }
      save(request).then(
        (reply) => {
          send(response, 200, reply);
        },
        (error: unknown) => {
          if (error instanceof ApiError) send(response, error.status, { error: error.message });
          else send(response, 500, { error: `could not save: ${(error as Error).message}` });
        },
      );
      return;
    }
    const refused = sameOrigin(request);
    if (refused) {
      refuse(response, refused);
      return;
    }
    if (route === 'GET /api/status') {
      const status: ApiStatus = { editing: true, token };
      send(response, 200, status);
    } else if (route === 'GET /api/gazetteer' && url.searchParams.has('ids')) {
      const raw = url.searchParams.get('ids') ?? '';
      const ids = v.safeParse(GazetteerIdsSchema, raw === '' ? [] : raw.split(','));
      if (!ids.success) {
        const [issue] = ids.issues;
        const what = issue.path ? `"${String(issue.input)}" ` : '';
        send(response, 400, { error: `ids: ${what}${issue.message}` });
        return;
      }
      const reply: GazetteerReply = { places: options.placesById(ids.output) };
      send(response, 200, reply);
    } else if (route === 'GET /api/gazetteer') {
      const query = (url.searchParams.get('q') ?? '').slice(0, 100);
      const reply: GazetteerReply = { places: query.trim() ? options.searchPlaces(query) : [] };
      send(response, 200, reply);
    } else {
      send(response, 404, { error: `no such API: ${route}` });
    }
  };
  return { handle, token };
}
