import type { Candidate } from './candidates';
import { adjacent } from './context';
import type { Token } from './tokens';
import { FEATURE_HEADS } from './words';

/**
 * Stage 3b: a place name followed by a capitalised feature word names the feature, which the
 * gazetteer does not hold: "Salinas Valley", "Swat Valley", "Plum Island". The mention covers the
 * whole name and is placed at the named place, the nearest point the gazetteer has.
 */
export function extendFeatureNames(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
): Candidate[] {
  return candidates.map((c) => {
    const head = tokens[c.last + 1];
    if (c.form !== 'name' || !head?.capitalised || !FEATURE_HEADS.has(head.text.toLowerCase()))
      return c;
    if (!adjacent(text, tokens[c.last], head)) return c;
    return { ...c, last: c.last + 1, end: head.end, text: text.slice(c.start, head.end) };
  });
}
