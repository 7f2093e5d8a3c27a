import { dayFromIso } from '../../shared/hash';
import type { PassagePage, PlacePassage } from '../../shared/schema';
import { inRange, type DayRange } from './filters';

/** A passage as the GeoJSON export writes it: plain text, the place's mentions as offsets in it. */
export interface ExportPassage {
  articleId: string;
  title: string;
  date: string | null;
  source: string | null;
  passageIndex: number;
  text: string;
  /** Where the place is named, as [start, end) offsets into `text`. */
  mentions: { start: number; end: number }[];
}

/** What the export says about one place beyond its point: the articles and passages naming it. */
export interface PlaceDetails {
  /** The articles of the passages below, in their order (newest first). */
  articles: { id: string; title: string }[];
  passages: ExportPassage[];
  /** True when more passages matched than the export keeps (see MAX_EXPORT_PASSAGES). */
  truncated: boolean;
}

/** At most this many passages per place in an export (ten passage pages). */
export const MAX_EXPORT_PASSAGES = 500;

/**
 * A place's details from its passage pages (newest first, as fetched so far), keeping the
 * passages `keep` accepts (the date filter, the chosen article), at most `max` of them.
 */
export function placeDetails(
  pages: readonly PassagePage[],
  keep: (passage: PlacePassage) => boolean,
  max = MAX_EXPORT_PASSAGES,
): PlaceDetails {
  const articles = new Map<string, string>();
  const passages: ExportPassage[] = [];
  for (const passage of pages.flatMap((page) => page.passages)) {
    if (!keep(passage)) continue;
    if (passages.length >= max) return { articles: listed(articles), passages, truncated: true };
    if (!articles.has(passage.articleId)) articles.set(passage.articleId, passage.title);
    const { articleId, title, date, source, passageIndex, text, start } = passage;
    passages.push({
      articleId,
      title,
      date,
      source,
      passageIndex,
      text,
      mentions: passage.mentions.map((m) => ({ start: m.start - start, end: m.end - start })),
    });
  }
  return { articles: listed(articles), passages, truncated: false };
}

function listed(articles: Map<string, string>): { id: string; title: string }[] {
  return [...articles].map(([id, title]) => ({ id, title }));
}

/**
 * The passages an export keeps: those the map counts, so a feature's passages match its number.
 * Inside the date range (undated ones only with no range), and of the chosen article if any.
 */
export function passageFilter(
  range: DayRange,
  articleId: string | null,
): (passage: PlacePassage) => boolean {
  return (passage) =>
    (articleId === null || passage.articleId === articleId) &&
    inRange(passage.date ? dayFromIso(passage.date) : null, range);
}
