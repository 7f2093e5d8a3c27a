import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import robotsParser from 'robots-parser';
import { htmlArticle } from '../../core/ingest/html-article';
import type { RecordOutcome } from '../../core/ingest/records';
import { decodeBytes } from './decode';

export interface FetchSettings {
  /** Pages loaded at once, over all hosts. */
  concurrency: number;
  timeoutSeconds: number;
  userAgent: string;
  /** Where fetched pages are kept, so a re-run reads them from disk. */
  cacheDir: string;
  /** Larger responses are refused. */
  maxBytes: number;
}

export const DEFAULT_FETCH: FetchSettings = {
  concurrency: 4,
  timeoutSeconds: 15,
  userAgent: 'Dateline/0.1 (news map; reads each listed page once and caches it)',
  cacheDir: join('node_modules', '.cache', 'dateline', 'fetch'),
  maxBytes: 10 * 1024 * 1024,
};

interface CachedPage {
  url: string;
  html: string;
}

/**
 * Loads listed pages politely: robots.txt is asked first (once per site) and obeyed, requests
 * carry a User-Agent and a timeout, and each page is cached on disk by its URL. Every failure is
 * one line: the status, the timeout, the refusal or the network error.
 */
export function createPageFetcher(
  settings: FetchSettings,
): (url: string) => Promise<RecordOutcome> {
  const robots = new Map<string, Promise<(url: string) => boolean>>();
  const allowedBy = (url: URL) => {
    let check = robots.get(url.origin);
    if (!check) {
      check = loadRobots(url.origin, settings);
      robots.set(url.origin, check);
    }
    return check;
  };
  return async (address) => {
    const cached = readCache(settings.cacheDir, address);
    if (cached) return toArticle(cached.html, address);
    const url = new URL(address);
    if (!(await allowedBy(url))(address)) {
      return { ok: false, reason: "the site's robots.txt does not allow it" };
    }
    const got = await get(address, settings);
    if (!got.ok) return got;
    const type = got.type.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type !== 'text/html' && type !== 'application/xhtml+xml') {
      return { ok: false, reason: `it is not a web page (${type || 'no content type'})` };
    }
    const charset = /charset=["']?([\w-]+)/i.exec(got.type)?.[1];
    const decoded = decodeBytes(got.bytes, charset);
    if (!decoded.ok) return decoded;
    writeCache(settings.cacheDir, { url: address, html: decoded.text });
    return toArticle(decoded.text, address);
  };
}

function toArticle(html: string, url: string): RecordOutcome {
  const page = htmlArticle(html, url);
  return page.ok ? { ok: true, text: page.text, meta: page.meta } : page;
}

type Got = { ok: true; bytes: Uint8Array; type: string } | { ok: false; reason: string };

async function get(url: string, settings: FetchSettings): Promise<Got> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'User-Agent': settings.userAgent, Accept: 'text/html,application/xhtml+xml' },
      redirect: 'follow',
      signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
    });
  } catch (error) {
    return { ok: false, reason: networkReason(error, settings) };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      ok: false,
      reason: `the server answered ${response.status} ${response.statusText}`.trim(),
    };
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > settings.maxBytes) {
    await response.body?.cancel();
    return { ok: false, reason: `the page is larger than ${settings.maxBytes} bytes` };
  }
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: true, bytes, type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { ok: false, reason: networkReason(error, settings) };
  }
}

function networkReason(error: unknown, settings: FetchSettings): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer within ${settings.timeoutSeconds} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `it could not be loaded (${detail})`;
}

/** A site's rules for our User-Agent; a missing or unreachable robots.txt allows everything. */
async function loadRobots(
  origin: string,
  settings: FetchSettings,
): Promise<(url: string) => boolean> {
  const robotsUrl = `${origin}/robots.txt`;
  const got = await get(robotsUrl, settings);
  if (!got.ok) return () => true;
  const rules = robotsParser(robotsUrl, new TextDecoder().decode(got.bytes));
  return (url) => rules.isAllowed(url, settings.userAgent) !== false;
}

function cachePath(dir: string, url: string): string {
  return join(dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
}

function readCache(dir: string, url: string): CachedPage | undefined {
  try {
    const page = JSON.parse(readFileSync(cachePath(dir, url), 'utf8')) as CachedPage;
    return page.url === url && typeof page.html === 'string' ? page : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, page: CachedPage): void {
  mkdirSync(dir, { recursive: true });
  const path = cachePath(dir, page.url);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(page));
  renameSync(temporary, path);
}
