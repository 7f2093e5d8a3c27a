import { articleText, oneLine, titleFor } from './article-text';
import { fieldParagraphs } from './html-text';

/** What a reader makes of one article (or one record of a multi-article file). */
export type RecordOutcome =
  | {
      ok: true;
      /** For multi-article files: what the record's id is derived from. */
      key?: { id?: string | undefined; url?: string | undefined };
      /** 1-based record number, the id of last resort. */
      number?: number;
      text: string;
      meta: RawMeta;
      notices?: string[];
    }
  | { ok: false; where?: string; reason: string };

/** Metadata as found, before dates are read and URLs checked. */
export interface RawMeta {
  title?: string | undefined;
  source?: string | undefined;
  date?: string | number | undefined;
  url?: string | undefined;
}

export const RECORD_FIELDS = ['title', 'text', 'date', 'url', 'source', 'id'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
/** Column or key names (dot paths into nested JSON, e.g. "media.name") for each field. */
export type FieldMapping = Partial<Record<RecordField, string>>;

/** The names exports commonly use (GDELT, Media Cloud, newspaper databases, news APIs). */
const COMMON_NAMES: Record<RecordField, readonly string[]> = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'body', 'content', 'full_text', 'fulltext', 'article', 'maintext', 'story', 'description', 'summary'],
  date: ['date', 'publish_date', 'published', 'published_at', 'publication_date', 'pubdate', 'pub_date', 'datepublished', 'seendate', 'created_at'],
  url: ['url', 'link', 'canonical_url', 'web_url', 'permalink'],
  source: ['source', 'media_name', 'source_name', 'publisher', 'site_name', 'outlet', 'domain', 'media'],
  id: ['id', 'guid', 'stories_id', 'uuid', 'doc_id', 'article_id'],
}; // prettier-ignore

/** One record (a JSON object or a CSV row) as an article, by the mapping or the common names. */
export function recordArticle(
  record: Record<string, unknown>,
  mapping: FieldMapping,
  number: number,
  where: string,
): RecordOutcome {
  const field = (name: RecordField) => fieldValue(record, mapping[name], COMMON_NAMES[name]);
  const body = field('text');
  const paragraphs = body ? fieldParagraphs(body) : [];
  if (paragraphs.length === 0) {
    const expected = mapping.text ? `"${mapping.text}"` : COMMON_NAMES.text.slice(0, 3).join('/');
    return { ok: false, where, reason: `it has no text (expected a field ${expected})` };
  }
  const title = titleFor(field('title'), paragraphs);
  const source = field('source');
  return {
    ok: true,
    key: { id: field('id'), url: field('url') },
    number,
    text: articleText(title, paragraphs),
    meta: { title, source: source && oneLine(source), date: field('date'), url: field('url') },
  };
}

function fieldValue(
  record: Record<string, unknown>,
  mapped: string | undefined,
  names: readonly string[],
): string | undefined {
  // A mapped name wins where the record has it; records without it (another export in the same
  // folder) still get the common names.
  const own = mapped === undefined ? undefined : path(record, mapped);
  if (own !== undefined) return scalar(own);
  const lower = new Map(Object.keys(record).map((key) => [key.toLowerCase(), key]));
  for (const name of names) {
    const key = lower.get(name);
    const value = key === undefined ? undefined : scalar(record[key]);
    if (value) return value;
  }
  return undefined;
}

function path(record: Record<string, unknown>, dotted: string): unknown {
  if (dotted in record) return record[dotted];
  let value: unknown = record;
  for (const part of dotted.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Strings and numbers as text; a nested {name} (a publisher object, say) by its name. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return scalar((value as { name?: unknown }).name);
  }
  return undefined;
}

/** One line of a JSON Lines file as an article, or why it is not one. */
function jsonlRecord(
  line: string,
  where: string,
  number: number,
  mapping: FieldMapping,
): RecordOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, where, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, where, reason: 'it is not a JSON object' };
  }
  return recordArticle(record as Record<string, unknown>, mapping, number, where);
}

/**
 * JSON Lines: one object a line, taken from a stream of lines so a big export is never held
 * whole; a bad line is reported by number and the rest go on.
 */
export async function* jsonlArticles(
  lines: AsyncIterable<string> | Iterable<string>,
  mapping: FieldMapping,
): AsyncGenerator<RecordOutcome> {
  let number = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    number++;
    yield jsonlRecord(line, `line ${lineNumber}`, number, mapping);
  }
}

/** A CSV row as a streaming parser gives it: a record by its header, or why the row is broken. */
export type CsvRow =
  { line: number; record: Record<string, string> } | { line: number; broken: string };

/**
 * CSV rows (from csv-parse's stream: quoted fields with newlines and commas, a BOM, ragged rows)
 * as articles, in line order. A broken row is reported by line and skipped; the rows around it
 * still count.
 */
export async function* csvArticles(
  rows: AsyncIterable<CsvRow>,
  mapping: FieldMapping,
): AsyncGenerator<RecordOutcome> {
  let number = 0;
  for await (const row of rows) {
    const where = `line ${row.line}`;
    if ('broken' in row) {
      yield { ok: false, where, reason: `a broken row: ${row.broken}` };
      continue;
    }
    number++;
    yield recordArticle(row.record, mapping, number, where);
  }
}
