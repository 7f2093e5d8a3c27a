import type { DateOptions } from '../ingest/dates';
import { idFromPath } from '../ingest/ids';
import { matchJunk } from './01-junk-rules';
import { readablePassages, splitArticle } from './02-split-passages';
import { parseHeader } from './03-article-metadata';
import type { Article, Passage } from '../../shared/schema';

export interface ArticleMeta {
  title?: string;
  source?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  url?: string;
}

export interface ArticleSource {
  /** Given by the reader (readCollection); else derived from `file`. */
  id?: string;
  /** Path relative to the seeds folder, e.g. "000_845b873d2f18d17e.txt" or "world/feed.xml". */
  file: string;
  /** Plain text: the title on the first line, then paragraphs. */
  text: string;
  /** Metadata a reader found outside the text (a feed's pubDate, a page's canonical URL...). */
  meta?: ArticleMeta;
}

export type StructureResult =
  { ok: true; article: Article; notices: string[] } | { ok: false; reason: string };

/** Turns one article into title, metadata and passages; says why when it cannot. */
export function structureArticle(
  { id, file, text, meta }: ArticleSource,
  options: DateOptions = {},
): StructureResult {
  if (text.includes('\u0000')) return { ok: false, reason: 'it is a binary file, not text' };
  const { title, paragraphs } = splitArticle(text);
  if (!title) return { ok: false, reason: 'it is empty' };

  const first = paragraphs[0];
  const reading = first && parseHeader(first, options);
  const body = reading
    ? [...(reading.rest ? [reading.rest] : []), ...paragraphs.slice(1)]
    : paragraphs;
  let source = meta?.source ?? reading?.header.source ?? null;
  const passages: Passage[] = [{ index: 0, start: title.start, end: title.end, title: true }];
  for (const passage of body.flatMap(readablePassages)) {
    const junk = matchJunk(passage.text);
    if (junk) {
      source ??= junk.source;
      continue;
    }
    passages.push({ index: passages.length, start: passage.start, end: passage.end, title: false });
  }
  if (passages.length === 1) return { ok: false, reason: 'it has a title but no paragraphs' };

  return {
    ok: true,
    article: {
      id: id ?? articleId(file),
      file,
      title: title.text,
      source,
      date: meta?.date ?? reading?.header.date ?? null,
      url: meta?.url ?? null,
      text,
      passages,
    },
    notices: reading?.notices ?? [],
  };
}

/** The file's path without its extension, kept to letters, digits, "_", "-" and "/" folders. */
export function articleId(file: string): string {
  return idFromPath(file);
}
