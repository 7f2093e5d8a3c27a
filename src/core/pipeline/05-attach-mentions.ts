import type { Article, GeoMention, Mention } from '../../shared/schema';

/**
 * Places each geoparser mention in the passage that contains it. Mentions outside every
 * passage (feed boilerplate, header lines) are dropped: the reader never sees that text.
 */
export interface AttachedMention {
  mention: Mention;
  /** What the geoparser said, with the full place and its alternatives. */
  found: GeoMention;
}

export function attachMentions(article: Article, found: readonly GeoMention[]): AttachedMention[] {
  const mentions: AttachedMention[] = [];
  for (const mention of found) {
    const passage = article.passages.find((p) => p.start <= mention.start && mention.end <= p.end);
    if (!passage) continue;
    const attached: Mention = {
      articleId: article.id,
      passageIndex: passage.index,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      form: mention.form,
      placeId: mention.place.id,
      confidence: mention.confidence,
    };
    mentions.push({ mention: attached, found: mention });
  }
  return mentions;
}
