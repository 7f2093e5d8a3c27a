import type { TextBlock } from './02-split-passages';

/**
 * Optional header lines right under the title, e.g. "Source: Fox News" and "Date: 2008-04-04".
 * A paragraph is a header only when every one of its lines is such a field, so ordinary
 * prose that starts with "Date:" is never swallowed.
 */
export interface ArticleHeader {
  source: string | null;
  date: string | null;
}

const FIELD = /^(source|date|published)\s*:\s*(.+)$/i;

export function parseHeader(paragraph: TextBlock): ArticleHeader | undefined {
  const header: ArticleHeader = { source: null, date: null };
  for (const line of paragraph.text.split(/\r\n|\r|\n/)) {
    const match = FIELD.exec(line.trim());
    const key = match?.[1]?.toLowerCase();
    const value = match?.[2]?.trim();
    if (key === undefined || value === undefined) return undefined;
    if (key === 'source') header.source = value;
    else header.date = isoDate(value);
  }
  return header;
}

/** YYYY-MM-DD for any date the JS parser understands without guessing the time zone; else null. */
export function isoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = new Date(`${value} 12:00 UTC`);
  if (Number.isNaN(parsed.getTime())) return null;
  return validDate(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate());
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
