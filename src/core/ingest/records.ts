import { parse } from 'csv-parse/sync';
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

/** JSON Lines: one object a line; a bad line is reported by number and the rest go on. */
export function* jsonlArticles(text: string, mapping: FieldMapping): Generator<RecordOutcome> {
  let number = 0;
  let lineNumber = 0;
  for (const line of text.split(/\r?\n/)) {
    lineNumber++;
    if (line.trim() === '') continue;
    number++;
    const where = `line ${lineNumber}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield { ok: false, where, reason: `it is not valid JSON (${(error as Error).message})` };
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { ok: false, where, reason: 'it is not a JSON object' };
      continue;
    }
    yield recordArticle(record as Record<string, unknown>, mapping, number, where);
  }
}

/**
 * CSV with a header row (csv-parse: quoted fields with newlines and commas, a BOM, ragged rows).
 * A broken row is reported by line and skipped; the rows around it still count.
 */
export function* csvArticles(text: string, mapping: FieldMapping): Generator<RecordOutcome> {
  const broken: { line: number; reason: string }[] = [];
  const rows: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
    columns: (header: string[]) => header.map((name) => name.trim()),
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      // csv-parse puts the line on its errors at run time; its types leave it out.
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      if (error) broken.push({ line, reason: error.message });
      return undefined;
    },
  });
  let number = 0;
  const outcomes: { line: number; outcome: RecordOutcome }[] = [];
  for (const { record, info } of rows) {
    number++;
    outcomes.push({
      line: info.lines,
      outcome: recordArticle(record, mapping, number, `line ${info.lines}`),
    });
  }
  for (const { line, reason } of broken) {
    outcomes.push({
      line,
      outcome: { ok: false, where: `line ${line}`, reason: `a broken row: ${reason}` },
    });
  }
  outcomes.sort((a, b) => a.line - b.line);
  for (const { outcome } of outcomes) yield outcome;
}
