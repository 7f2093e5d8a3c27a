import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request is refused, or undefined when it may go on. */
export type Refusal = { status: number; error: string } | undefined;

/**
 * Only this machine's own page may talk to the API. The Host must name the loopback address the
 * server is on (a page on another site whose name was pointed at 127.0.0.1 sends its own name),
 * and a browser's Origin, when sent, must be that same host.
 */
export function sameOrigin(request: IncomingMessage): Refusal {
  const port = request.socket.localPort;
  const host = request.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { status: 403, error: `the API answers only on 127.0.0.1:${port}, not "${host}"` };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return { status: 403, error: `cross-origin request from ${origin} refused` };
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, error: `a ${site} request refused` };
  }
  return undefined;
}

/**
 * A write must come from the app's page: a browser always sends Origin with a POST, and only a
 * page that read /api/status (same origin only) knows this run's token.
 */
export function mayWrite(request: IncomingMessage, token: string): Refusal {
  const refused = sameOrigin(request);
  if (refused) return refused;
  if (request.headers.origin === undefined) {
    return { status: 403, error: 'a write needs the Origin header a browser sends' };
  }
  const given = request.headers['x-dateline-token'];
  if (typeof given !== 'string' || given === '') {
    return { status: 403, error: 'the X-Dateline-Token header is missing' };
  }
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return { status: 403, error: 'the X-Dateline-Token header does not match this run' };
  }
  return undefined;
}
