import type { PlacePassage } from '../../shared/schema';
import type { CorrectionTarget } from '../logic/correction-draft';

/** The first mention of a place in one of its passages, as something to correct. */
export function passageTarget(passage: PlacePassage): CorrectionTarget | undefined {
  const first = passage.mentions[0];
  if (!first) return undefined;
  return {
    articleId: passage.articleId,
    text: passage.text,
    offset: passage.start,
    start: first.start,
    end: first.end,
  };
}
