import { serialize } from 'node:v8';
import { fingerprint, MINHASH_LENGTH } from '../../core/ingest/duplicates';
import { parseArticle, type ParsedArticle } from '../../core/pipeline/index';
import type { GeoMention, Passage } from '../../shared/schema';
import type { ParseInput, ParseTask } from './sync';
import { storeRowsOf, type ArticleToStore } from './store-rows';

/** An article's fingerprint as the store keeps it (see FingerprintTable). */
export interface StoredFingerprint {
  length: number;
  exact: string;
  minhash: string | null;
}

/** What a parse worker sends back: the parse, and the fingerprint that groups copies. */
export type StoreParseResult =
  | { ok: true; parsed: ParsedArticle; fingerprint: StoredFingerprint }
  | { ok: false; reason: string };

/** The body copies are compared by: every passage but the title, so another headline or
 * outlet's header lines do not hide a copy. */
export function articleBody(text: string, passages: readonly Passage[]): string {
  return passages
    .filter((p) => !p.title)
    .map((p) => text.slice(p.start, p.end))
    .join('\n');
}

export function storedFingerprint(body: string): StoredFingerprint {
  const { exact, minhash } = fingerprint(body);
  return {
    length: body.length,
    exact,
    minhash: minhash
      ? Buffer.from(minhash.buffer, minhash.byteOffset, minhash.byteLength).toString('base64')
      : null,
  };
}

/** The signature back from its base64; null when there is none or the value is not one. */
export function decodeMinhash(base64: string | null): Uint32Array | null {
  if (base64 === null) return null;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== MINHASH_LENGTH * 4) return null;
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer);
}

/**
 * Parses one article for the store, in a worker thread or in-process: the fingerprint is made
 * where the parse is, so it costs no time on the thread that stores and publishes.
 */
export function parseForStore(
  input: ParseInput,
  geoparse: (text: string) => GeoMention[],
): StoreParseResult {
  const result = parseArticle(input, geoparse);
  if (!result.ok) return result;
  const body = articleBody(input.text, result.parsed.article.passages);
  return { ...result, fingerprint: storedFingerprint(body) };
}

/** A parsed batch as it travels from a parse worker, through the dispatching thread, to the writer. */
export interface ParsedBatch {
  /** Per task, in order: null when the article is usable, else why it is not. */
  rejected: (string | null)[];
  /**
   * The usable articles as rows to store (StoreRows), serialised once here with node:v8. The
   * thread that dispatches passes these bytes on to the writer without reading them: only the
   * writer pays for turning them back into values (see writer.ts).
   */
  rows: Uint8Array;
}

/** Parses a batch for the store: the job of a parse worker (or of a test's in-process parser). */
export function parseBatchForStore(
  tasks: readonly ParseTask[],
  geoparse: (text: string) => GeoMention[],
): ParsedBatch {
  const rejected: (string | null)[] = [];
  const rows: ArticleToStore[] = [];
  for (const { input, hash } of tasks) {
    const result = parseForStore(input, geoparse);
    if (result.ok) {
      rows.push({ parsed: result.parsed, text: input.text, hash, fingerprint: result.fingerprint });
      rejected.push(null);
    } else {
      rejected.push(result.reason);
    }
  }
  return { rejected, rows: serialize(storeRowsOf(rows)) };
}
