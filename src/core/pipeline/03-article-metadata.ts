import { readDate, type DateOptions } from '../ingest/dates';
import type { TextBlock } from './02-split-passages';

/**
 * Optional header lines right under the title, e.g. "Source: Fox News" and "Date: 2008-04-04".
 * The header is the run of such field lines at the start of the first paragraph, so it works
 * whether a blank line or a single newline follows it. Prose is not swallowed: a date field must
 * hold a digit ("Date: tomorrow" is prose), and a source is a short name, not a sentence.
 */
export interface ArticleHeader {
  source: string | null;
  date: string | null;
}

export interface HeaderReading {
  header: ArticleHeader;
  /** What follows the header lines in the same paragraph, if anything. */
  rest: TextBlock | undefined;
  notices: string[];
}

const FIELD = /^(source|date|published)\s*:\s*(.+)$/i;
const MAX_SOURCE = 80;

export function parseHeader(
  paragraph: TextBlock,
  options: DateOptions = {},
): HeaderReading | undefined {
  const header: ArticleHeader = { source: null, date: null };
  const notices: string[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let taken = 0;
  for (;;) {
    const lineBreakMatch = lineBreak.exec(paragraph.text);
    const lineEnd = lineBreakMatch ? lineBreakMatch.index : paragraph.text.length;
    const match = FIELD.exec(paragraph.text.slice(lineStart, lineEnd).trim());
    const key = match?.[1]?.toLowerCase();
    const value = match?.[2]?.trim();
    if (key === undefined || value === undefined || !isFieldValue(key, value)) break;
    if (key === 'source') header.source = value;
    else {
      const reading = readDate(value, options);
      header.date = reading.date;
      if (reading.notice)
        notices.push(`its ${match?.[1] ?? key} line gives no date: ${reading.notice}`);
    }
    taken++;
    if (!lineBreakMatch) {
      lineStart = paragraph.text.length;
      break;
    }
    lineStart = lineBreakMatch.index + lineBreakMatch[0].length;
  }
  if (taken === 0) return undefined;
  const restText = paragraph.text.slice(lineStart);
  const leading = restText.length - restText.trimStart().length;
  const trimmed = restText.trim();
  const start = paragraph.start + lineStart + leading;
  const rest = trimmed ? { start, end: start + trimmed.length, text: trimmed } : undefined;
  return { header, rest, notices };
}

function isFieldValue(key: string, value: string): boolean {
  if (key === 'source') return value.length <= MAX_SOURCE && !/[.!?]\s/.test(value);
  return /\d/.test(value);
}

/** YYYY-MM-DD for a date written in any form readDate understands without guessing; else null. */
export function isoDate(value: string, options: DateOptions = {}): string | null {
  return readDate(value, options).date;
}
