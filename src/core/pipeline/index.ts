/**
 * Preprocessing as a recipe. The CLI (src/node/preprocess.ts) reads the files and writes the
 * result; every step here is pure.
 *   01 junk rules      drop feed boilerplate paragraphs ("You can now listen to ...")
 *   02 split passages  title line + blank-line separated paragraphs, with offsets
 *   03 metadata        optional "Source:" / "Date:" header under the title
 *   04 structure       one article: title, source, date, passages
 *   (geoparse)         the geoparser runs over the whole text, for full document context
 *   05 attach          keep mentions that lie in passages, tagged with their passage
 *   06 assemble        one data file: articles, places with counts and alternatives, mentions
 */
import type { Attribution, DatelineData } from '../../shared/data-file';
import type { GeoMention } from '../../shared/mention';
import { attachMentions } from './05-attach-mentions';
import { assemble } from './06-assemble';
import { structureArticle, type ArticleSource } from './04-structure-article';

export type { ArticleSource } from './04-structure-article';

export interface Rejected {
  file: string;
  reason: string;
}

export interface PipelineResult {
  data: DatelineData;
  rejected: Rejected[];
}

/** Runs every stage over the articles; an article that cannot be used is reported, not fatal. */
export function runPipeline(
  sources: readonly ArticleSource[],
  geoparse: (text: string) => GeoMention[],
  attribution: Attribution[],
): PipelineResult {
  const rejected: Rejected[] = [];
  const parsed = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const result = structureArticle(source);
    if (!result.ok) {
      rejected.push({ file: source.file, reason: result.reason });
      continue;
    }
    const { article } = result;
    if (seen.has(article.id)) {
      rejected.push({
        file: source.file,
        reason: `another file already has the id "${article.id}"`,
      });
      continue;
    }
    seen.add(article.id);
    parsed.push({ article, mentions: attachMentions(article, geoparse(article.text)) });
  }
  return { data: assemble(parsed, attribution), rejected };
}
