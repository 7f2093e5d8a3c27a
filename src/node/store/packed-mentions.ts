import type { PublishMention } from '../../core/publish/00-corrections';
import type { TallyMention } from '../../core/publish/03-place-tally';
import type { MentionForm } from '../../shared/schema';

/** One mention as packed: passage, start, end, place, confidence, form, text, alternatives. */
type Packed = [number, number, number, string, number, MentionForm, string, string[]];

/**
 * An article's mentions as the publish walk needs them, in one JSON text per article (the
 * `mentions_packed` column): the walk reads one row per article and parses once, instead of a
 * row and two JSON texts per mention. The mentions table stays the truth (and keeps `reasons`,
 * which only the article shards need); this is written beside it in the same transaction.
 */
export function packMentions(mentions: readonly TallyMention[]): string {
  return JSON.stringify(
    mentions.map((m): Packed => [
      m.passageIndex,
      m.start,
      m.end,
      m.placeId,
      m.confidence,
      m.form,
      m.text,
      [...m.alternatives],
    ]),
  );
}

export function unpackMentions(packed: string): PublishMention[] {
  return (JSON.parse(packed) as Packed[]).map(
    ([passageIndex, start, end, placeId, confidence, form, text, alternatives]) => ({
      passageIndex,
      start,
      end,
      text,
      form,
      placeId,
      confidence,
      alternatives,
    }),
  );
}
