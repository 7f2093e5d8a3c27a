import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { readDate, type DateOrder } from '../../core/ingest/dates';
import { IdAllocator, idFromPath, recordKey } from '../../core/ingest/ids';
import { printable } from '../../core/ingest/printable';
import type { FieldMapping, RawMeta, RecordOutcome } from '../../core/ingest/records';
import type { ArticleMeta, ArticleSource } from '../../core/pipeline/04-structure-article';
import { CONFIG_FILE, loadConfig, type IngestConfig } from './config';
import { CORRECTIONS_FILE } from './corrections-file';
import { declaredCharset, decodeBytes } from './decode';
import { createPageFetcher, DEFAULT_FETCH, type FetchSettings } from './fetch-page';
import { READABLE_EXTENSIONS, readerFor, streamingReaderFor } from './readers/index';
import type { ReaderContext } from './readers/reader';
import type { FolderListing } from './listing';
import { walkSeeds } from './walk';

/** One article read, or one thing that could not be read, by file and reason. */
export type ReadItem =
  | { ok: true; source: ArticleSource; notices?: string[]; kept?: KeptFile }
  | { ok: false; file: string; reason: string };

/** A file not read again: the same as when an earlier run read it (see `readKeeping`). */
export interface UnchangedItem {
  ok: 'unchanged';
  file: string;
  kept: KeptFile;
}

/**
 * A single-article file as a run read it, kept by the caller (the store) to skip reading it
 * next time: its stamp (see walk.ts), the article's id and text size, and the notices reading
 * gave. Only on items of single-article files whose stamp could be taken.
 */
export interface KeptFile {
  stamp: string;
  id: string;
  bytes: number;
  notices: string[];
}

/** Flags; each overrides the same setting in the folder's dateline.config.json. */
export interface ReadOptions {
  dateOrder?: DateOrder;
  fields?: FieldMapping;
  /** Per-article limit in bytes of UTF-8 text. */
  maxArticleBytes?: number;
  /** Limit on all article text in one run; later articles are skipped with the reason. */
  maxRunBytes?: number;
  /** Files larger than this are not read at all. */
  maxFileBytes?: number;
  oversize?: 'truncate' | 'skip';
  /** URL lists: settings for loading pages, or false to not load any. */
  fetch?: Partial<FetchSettings> | false;
}

/** What an earlier run kept of a file (see KeptFile), by its path in the folder. */
export type KeptFiles = (file: string) => KeptFile | undefined;

/**
 * The folder's settings and the reader's corrections sit beside the articles but are not
 * articles: skipped by name, at the top of the folder only, where they belong.
 */
export const NOT_ARTICLES: ReadonlySet<string> = new Set([CONFIG_FILE, CORRECTIONS_FILE]);

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_RUN_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads every article in a seeds folder (and its subfolders), in every format a reader knows, as
 * a stream: one file is in memory at a time. Items come in path order, so ids (and the suffixes
 * that keep colliding ids apart) are the same on every run.
 */
export async function* readCollection(
  folder: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for await (const item of readKeeping(folder, options)) {
    if (item.ok !== 'unchanged') yield item;
  }
}

/**
 * readCollection for a caller that keeps what it read: a single-article file whose stamp and
 * settings are those `kept` gives is not read again but comes as an `unchanged` item.
 */
export async function* readKeeping(
  folder: string,
  options: ReadOptions,
  kept?: KeptFiles,
  /** The folder's names and their stats, taken in a thread beforehand (listing.ts). */
  listing?: Promise<FolderListing | undefined>,
): AsyncGenerator<ReadItem | UnchangedItem> {
  const loaded = loadConfig(folder);
  let config: IngestConfig = {};
  if ('error' in loaded)
    yield { ok: false, file: CONFIG_FILE, reason: `${loaded.error}; defaults used` };
  else config = loaded.config;
  const settings = resolve(options, config);
  const context: ReaderContext = {
    fields: settings.fields,
    concurrency: settings.fetch ? settings.fetch.concurrency : 1,
    ...(settings.fetch ? { fetchPage: createPageFetcher(settings.fetch) } : {}),
  };
  const ids = new IdAllocator();
  let runBytes = 0;
  // Settings change what reading gives: a stamp is only good with the same settings. Hashed, as
  // every file's stamp in the store carries it: 16 characters, not a hundred or more.
  const settingsKey = createHash('sha256')
    .update(JSON.stringify({ ...settings, fetch: undefined }))
    .digest('base64url')
    .slice(0, 16);

  for (const entry of walkSeeds(folder, NOT_ARTICLES, await listing)) {
    if (entry.kind === 'skip') {
      yield { ok: false, file: entry.relative, reason: entry.reason };
      continue;
    }
    const file = entry.relative;
    const extension = extname(file).toLowerCase();
    if (!READABLE_EXTENSIONS.includes(extension)) {
      yield {
        ok: false,
        file,
        reason: `Dateline does not read ${extension || 'files without an extension'} (it reads ${READABLE_EXTENSIONS.join(' ')})`,
      };
      continue;
    }
    const streaming = streamingReaderFor(extension);
    if (!streaming && entry.size > settings.maxFileBytes) {
      yield {
        ok: false,
        file,
        reason: `it is ${mb(entry.size)}; files over ${mb(settings.maxFileBytes)} are not read`,
      };
      continue;
    }
    const stamp = entry.stamp === undefined ? undefined : `${entry.stamp} ${settingsKey}`;
    const before = stamp === undefined ? undefined : kept?.(file);
    let preclaimed: { id: string; notice?: string } | undefined;
    if (before && before.stamp === stamp && runBytes + before.bytes <= settings.maxRunBytes) {
      // Claimed as reading would: the ids after it are the same either way.
      preclaimed = ids.claim(idFromPath(file), file);
      if (preclaimed.id === before.id && preclaimed.notice === undefined) {
        runBytes += before.bytes;
        yield { ok: 'unchanged', file, kept: before };
        continue;
      }
    }
    let bytes: Buffer;
    try {
      // An export is streamed record by record: only its head is read here, to tell its encoding.
      bytes = streaming ? readHead(entry.path) : readFileSync(entry.path);
    } catch (error) {
      yield { ok: false, file, reason: readError(error) };
      continue;
    }
    const decoded = decodeBytes(
      bytes,
      extension.startsWith('.htm') ? declaredCharset(bytes) : undefined,
    );
    if (!decoded.ok) {
      yield { ok: false, file, reason: decoded.reason };
      continue;
    }
    const choice = streaming ? { reader: streaming } : readerFor(extension, decoded.text);
    if ('reason' in choice) {
      yield { ok: false, file, reason: choice.reason };
      continue;
    }
    const { reader } = choice;
    const fileNotices =
      decoded.encoding === 'utf-8' ? [] : [`read as ${decoded.encoding} (it is not UTF-8)`];
    const outcomes = reader.stream
      ? reader.stream(entry.path, decoded.encoding, context)
      : reader.read(decoded.text, context);
    for await (const outcome of failingAsOutcome(outcomes)) {
      if (!outcome.ok) {
        yield {
          ok: false,
          file,
          reason: outcome.where ? `${outcome.where}: ${outcome.reason}` : outcome.reason,
        };
        continue;
      }
      const wanted = reader.multi
        ? `${idFromPath(file)}/${recordKey(outcome.key ?? {}, outcome.number ?? 0)}`
        : idFromPath(file);
      const claimed = preclaimed ?? ids.claim(wanted, file);
      preclaimed = undefined;
      const where = reader.multi && outcome.number ? `record ${outcome.number}: ` : '';
      const notices = [...fileNotices, ...(outcome.notices ?? []).map((n) => where + n)];
      if (claimed.notice) notices.push(claimed.notice);
      const { meta, notices: metaNotices } = normaliseMeta(outcome.meta, settings.dateOrder);
      notices.push(...metaNotices.map((n) => where + n));

      const limited = limitSize(outcome.text, settings);
      if (!limited.ok) {
        yield { ok: false, file, reason: where + limited.reason };
        continue;
      }
      if (limited.notice) notices.push(where + limited.notice);
      const size = Buffer.byteLength(limited.text);
      if (runBytes + size > settings.maxRunBytes) {
        yield {
          ok: false,
          file,
          reason: `${where}the run's limit of ${mb(settings.maxRunBytes)} of text was reached`,
        };
        continue;
      }
      runBytes += size;
      const source: ArticleSource = { id: claimed.id, file, text: limited.text, meta };
      const item: ReadItem =
        notices.length > 0 ? { ok: true, source, notices } : { ok: true, source };
      // Single-article readers only (URL lists, which load pages, are multi-article).
      if (kept && stamp !== undefined && !reader.multi && !reader.stream) {
        item.kept = { stamp, id: claimed.id, bytes: size, notices };
      }
      yield item;
    }
  }
}

/** Bytes read to tell a streamed file's encoding: enough for chardet, cut at a line end. */
const HEAD_BYTES = 64 * 1024;

function readHead(path: string): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    if (length < HEAD_BYTES) return head.subarray(0, length);
    // A character cut in two at the end would make UTF-8 look like a legacy encoding.
    const lineEnd = head.lastIndexOf(0x0a);
    return head.subarray(0, lineEnd > 0 ? lineEnd + 1 : length);
  } finally {
    closeSync(fd);
  }
}

/** A stream that fails part way (a read error) ends with one outcome saying why. */
async function* failingAsOutcome(
  outcomes: Iterable<RecordOutcome> | AsyncIterable<RecordOutcome>,
): AsyncGenerator<RecordOutcome> {
  try {
    yield* outcomes;
  } catch (error) {
    yield { ok: false, reason: readError(error) };
  }
}

/** The same lines the preprocess CLI prints, with control characters in names escaped. */
export function reportLines(item: ReadItem, seeds: string): string[] {
  const shown = (file: string) => printable(`${seeds}/${file}`);
  if (!item.ok) return [`skipped ${shown(item.file)}: ${printable(item.reason)}`];
  return (item.notices ?? []).map(
    (notice) => `note ${shown(item.source.file)}: ${printable(notice)}`,
  );
}

/** Dates read into ISO (with a notice when they cannot be), links kept only when http(s). */
export function normaliseMeta(
  raw: RawMeta,
  order?: DateOrder,
): { meta: ArticleMeta; notices: string[] } {
  const meta: ArticleMeta = {};
  const notices: string[] = [];
  if (raw.title?.trim()) meta.title = raw.title.trim();
  if (raw.source?.trim()) meta.source = raw.source.replace(/\s+/g, ' ').trim();
  if (raw.date !== undefined) {
    const reading = readDate(raw.date, order ? { order } : {});
    if (reading.date) meta.date = reading.date;
    else if (reading.notice) notices.push(`no date: ${reading.notice}`);
  }
  if (raw.url?.trim()) {
    const url = URL.canParse(raw.url.trim()) ? new URL(raw.url.trim()) : undefined;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) meta.url = url.href;
    else
      notices.push(`its link "${raw.url.slice(0, 80)}" is not an http(s) address; it was left out`);
  }
  return { meta, notices };
}

type Settings = Required<Omit<ReadOptions, 'fetch' | 'dateOrder'>> & {
  dateOrder: DateOrder | undefined;
  fetch: FetchSettings | false;
};

function resolve(options: ReadOptions, config: IngestConfig): Settings {
  const fetch =
    options.fetch === false
      ? false
      : {
          ...DEFAULT_FETCH,
          ...(config.fetch?.concurrency ? { concurrency: config.fetch.concurrency } : {}),
          ...(config.fetch?.timeoutSeconds ? { timeoutSeconds: config.fetch.timeoutSeconds } : {}),
          ...(config.fetch?.userAgent ? { userAgent: config.fetch.userAgent } : {}),
          ...options.fetch,
        };
  return {
    dateOrder: options.dateOrder ?? config.dateOrder,
    fields: { ...config.fields, ...options.fields },
    maxArticleBytes: options.maxArticleBytes ?? config.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    maxRunBytes: options.maxRunBytes ?? config.maxRunBytes ?? DEFAULT_MAX_RUN_BYTES,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    oversize: options.oversize ?? config.oversize ?? 'truncate',
    fetch,
  };
}

/** An article over the limit is cut at the last paragraph break before it, or skipped. */
function limitSize(
  text: string,
  settings: Settings,
): { ok: true; text: string; notice?: string } | { ok: false; reason: string } {
  const size = Buffer.byteLength(text);
  const limit = settings.maxArticleBytes;
  if (size <= limit) return { ok: true, text };
  if (settings.oversize === 'skip') {
    return {
      ok: false,
      reason: `it is ${mb(size)} of text, over the limit of ${mb(limit)} per article (maxArticleBytes); skipped`,
    };
  }
  // Bytes to characters: cut the UTF-8 at the limit and decode, dropping a split character.
  const head = Buffer.from(text)
    .subarray(0, limit)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  const paragraph = head.lastIndexOf('\n\n');
  const sentence = Math.max(
    ...[...head.matchAll(/[.!?]["'\u201d\u2019)]?\s/g)]
      .slice(-1)
      .map((m) => m.index + m[0].length - 1),
  );
  const space = head.search(/\s\S*$/);
  const half = head.length / 2;
  const cut =
    paragraph > half ? paragraph : sentence > half ? sentence : space > 0 ? space : head.length;
  return {
    ok: true,
    text: head.slice(0, cut),
    notice: `truncated to its first ${mb(limit)}: it is ${mb(size)} of text, over the limit per article (maxArticleBytes)`,
  };
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES') return 'it cannot be read (permission denied)';
  return error instanceof Error ? error.message : String(error);
}
