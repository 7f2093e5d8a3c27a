import type { Gazetteer } from '../gazetteer/gazetteer';
import { nameKey } from '../gazetteer/normalize';
import type { Candidate } from './candidates';
import type { Token } from './tokens';

/**
 * Plural heads after a list of names: "Chase and Dundy counties", "Orleans and Jefferson parishes".
 * A Map, not an object: every token of every text is looked up here, and an object's property
 * look-up by an arbitrary string costs several times as much (and finds "constructor").
 */
const PLURAL_HEADS = new Map([
  ['counties', 'county'],
  ['parishes', 'parish'],
]);
const JOINERS = new Set([',', 'and', 'or']);

/**
 * Stage 2b: "Chase and Dundy counties" names Chase County and Dundy County, which no single word
 * does: each capitalised name before the plural head becomes a candidate for "<Name> County",
 * replacing whatever the name alone matched (a town called Chase). The names are read back from
 * the head over commas and "and"/"or".
 */
export function findCountyLists(
  text: string,
  tokens: Token[],
  found: Candidate[],
  gazetteer: Gazetteer,
): Candidate[] {
  const added: Candidate[] = [];
  tokens.forEach((head, j) => {
    const singular = PLURAL_HEADS.get(head.text);
    if (!singular) return;
    let i = j - 1;
    while (i >= 0) {
      const t = tokens[i];
      if (!t?.word || !t.capitalised) break;
      const key = nameKey(`${t.text} ${singular}`);
      const matches = gazetteer.lookupKey(key).filter((m) => m.place.kind === 'admin2');
      if (matches.length === 0) break;
      added.push({
        first: i,
        last: i,
        start: t.start,
        end: t.end,
        text: t.text,
        key,
        form: 'name',
        matches: [...matches],
        impliedHead: singular,
      });
      // Over ", " / " and " / ", and " to the name before.
      let k = i - 1;
      while (k >= 0 && JOINERS.has(tokens[k]?.text ?? '')) k--;
      if (k === i - 1) break;
      i = k;
    }
  });
  if (added.length === 0) return found;
  const starts = new Set(added.map((c) => c.start));
  return [...found.filter((c) => !starts.has(c.start)), ...added].sort((a, b) => a.start - b.start);
}
