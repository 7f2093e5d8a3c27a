/**
 * Preprocessing of one article as a recipe. The store (src/node/store) reads the files, runs this
 * on worker threads and publishes the result (src/core/publish); every step here is pure.
 *   01 junk rules      drop feed boilerplate paragraphs ("You can now listen to ...")
 *   02 split passages  title line + blank-line separated paragraphs, with offsets
 *   03 metadata        optional "Source:" / "Date:" header under the title
 *   04 structure       one article: title, source, date, passages
 *   (geoparse)         the geoparser runs over the whole text, for full document context
 *   05 attach          keep mentions that lie in passages, tagged with their passage
 */
import type { Article, GeoMention, PlaceRef } from '../../shared/schema';
import type { TallyMention } from '../publish/03-place-tally';
import { articleTerms } from '../publish/05-search-terms';
import { attachMentions } from './05-attach-mentions';
import { structureArticle, type ArticleSource } from './04-structure-article';

export type { ArticleSource } from './04-structure-article';

/** A place as the geoparser reported it, with its first-level division when it gives one. */
export type FoundPlace = PlaceRef & { admin1?: string | null };

/** A mention as the store keeps it: its place and runner-ups by id, and the geoparser's reasons. */
export type ParsedMention = TallyMention & { reasons?: string[] };

/** One article, parsed: everything the store keeps but its text, which the caller already has. */
export interface ParsedArticle {
  article: Omit<Article, 'text'> & { url: string | null };
  mentions: ParsedMention[];
  /** Every place named by a mention or an alternative, once. */
  places: FoundPlace[];
  /** Its search terms (src/core/publish/05-search-terms.ts). */
  terms: string[];
  /** What structuring noticed but worked around ("the date 06/04/2008 could be read two ways"). */
  notices: string[];
}

export type ParseResult = { ok: true; parsed: ParsedArticle } | { ok: false; reason: string };

type Found = GeoMention & { reasons?: string[]; place: FoundPlace };

function foundPlace(place: FoundPlace): FoundPlace {
  const { id, name, kind, lat, lon, country, admin1 } = place;
  return admin1 === undefined
    ? { id, name, kind, lat, lon, country }
    : { id, name, kind, lat, lon, country, admin1 };
}

/**
 * Stages 04, geoparse and 05 for one article, in the shape the store keeps: what a worker
 * thread sends back. Optional `reasons` and `admin1` from the geoparser are passed through.
 */
export function parseArticle(
  source: ArticleSource,
  geoparse: (text: string) => GeoMention[],
): ParseResult {
  const result = structureArticle(source);
  if (!result.ok) return result;
  const { text, ...article } = result.article;
  const places = new Map<string, FoundPlace>();
  const mentions = attachMentions(result.article, geoparse(text)).map(({ mention, found }) => {
    const { place, alternatives, reasons } = found as Found;
    for (const p of [place, ...alternatives]) {
      if (!places.has(p.id)) places.set(p.id, foundPlace(p));
    }
    const parsed: ParsedMention = {
      passageIndex: mention.passageIndex,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      form: mention.form,
      placeId: mention.placeId,
      confidence: mention.confidence,
      alternatives: alternatives.map((a) => a.id),
    };
    if (reasons) parsed.reasons = reasons;
    return parsed;
  });
  return {
    ok: true,
    parsed: {
      article: { ...article, url: source.meta?.url ?? null },
      mentions,
      places: [...places.values()],
      terms: articleTerms(text, result.article.passages),
      notices: result.notices,
    },
  };
}
