import type { Article, Passage } from '../../shared/data-file';
import { matchJunk } from './01-junk-rules';
import { splitArticle } from './02-split-passages';
import { parseHeader } from './03-article-metadata';

export interface ArticleSource {
  /** File name as found in the seeds folder, e.g. "000_845b873d2f18d17e.txt". */
  file: string;
  text: string;
}

export type StructureResult = { ok: true; article: Article } | { ok: false; reason: string };

/** Turns one article file into title, metadata and passages; says why when it cannot. */
export function structureArticle({ file, text }: ArticleSource): StructureResult {
  if (text.includes('\u0000')) return { ok: false, reason: 'it is a binary file, not text' };
  const { title, paragraphs } = splitArticle(text);
  if (!title) return { ok: false, reason: 'it is empty' };

  const header = paragraphs[0] && parseHeader(paragraphs[0]);
  let source = header?.source ?? null;
  const passages: Passage[] = [{ index: 0, start: title.start, end: title.end, title: true }];
  for (const paragraph of header ? paragraphs.slice(1) : paragraphs) {
    const junk = matchJunk(paragraph.text);
    if (junk) {
      source ??= junk.source;
      continue;
    }
    passages.push({
      index: passages.length,
      start: paragraph.start,
      end: paragraph.end,
      title: false,
    });
  }
  if (passages.length === 1) return { ok: false, reason: 'it has a title but no paragraphs' };

  return {
    ok: true,
    article: {
      id: articleId(file),
      file,
      title: title.text,
      source,
      date: header?.date ?? null,
      text,
      passages,
    },
  };
}

/** The file name without its extension, kept to characters that need no escaping in a URL. */
export function articleId(file: string): string {
  const stem = file.replace(/\.[^.]*$/, '');
  return stem.replace(/[^A-Za-z0-9_-]+/g, '-');
}
