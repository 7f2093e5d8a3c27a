import type { GazPlace, NameMatch } from '../gazetteer/gazetteer';
import type { Candidate } from './candidates';
import { isContainerMatch, qualifierOf } from './context';
import { words } from './modifiers';
import type { Token } from './tokens';

/** "Oregon, Utah, Washington and Idaho": in a list of states, a name is a state too. */
const LIST_BONUS = 2;
const LIST_GAP = /^(,\s*|,?\s+(and|or)\s+)$/;

/** True when a neighbour in a list ("X, Y and Z") names a state or province of the place's country. */
function listedWithSiblings(
  text: string,
  candidates: Candidate[],
  k: number,
  place: GazPlace,
  leading: (c: Candidate) => GazPlace | undefined,
): boolean {
  const c = candidates[k];
  if (!c || place.kind !== 'admin1') return false;
  // The neighbour's own best reading must be a state: "Zurich and Geneva" are two cities.
  const sibling = (n: Candidate | undefined, gap: string) => {
    const lead = n && LIST_GAP.test(gap) ? leading(n) : undefined;
    return lead?.kind === 'admin1' && lead.country === place.country && lead.index !== place.index;
  };
  const prev = candidates[k - 1];
  const next = candidates[k + 1];
  return (
    sibling(prev, prev ? text.slice(prev.end, c.start) : '') ||
    sibling(next, next ? text.slice(c.end, next.start) : '')
  );
}

/**
 * Words after a name that make it its division: "Washington state", "Belgorod region", "Georgia
 * Gov. Brian Kemp"; and before it: "province of Lagos".
 */
// Offices only states and provinces have count too: "Georgia Gov. Brian Kemp", "Texas Legislature".
const DIVISION_WORDS = words(`
  state province region oblast governorate prefecture gov governor legislature legislators
  statehouse sen senator
`);
const DIVISION_OF = /^(state|province|region|governorate|prefecture) of$/;

/** "Paris, Texas": an explicit container outweighs any prior. */
const QUALIFIER_BONUS = 6;

/** Cues next to one mention: "Paris, Texas", "Washington state", "the state of Georgia". */
export function localBonus(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  k: number,
  place: GazPlace,
  leading: (c: Candidate) => GazPlace | undefined,
): number {
  const c = candidates[k];
  if (!c) return 0;
  let bonus = 0;
  const q = qualifierOf(text, candidates, k);
  const inside = (m: NameMatch) =>
    m.place.index !== place.index &&
    (m.place.kind === 'country'
      ? place.country === m.place.country
      : place.admin1 === m.place.admin1);
  if (q?.matches.some((m) => isContainerMatch(m) && inside(m))) bonus += QUALIFIER_BONUS;
  const after = tokens[c.last + 1]?.text.toLowerCase();
  const before =
    `${tokens[c.first - 2]?.text ?? ''} ${tokens[c.first - 1]?.text ?? ''}`.toLowerCase();
  if (place.kind === 'admin1' && (DIVISION_WORDS.has(after ?? '') || DIVISION_OF.test(before))) {
    bonus += 3;
  }
  if (listedWithSiblings(text, candidates, k, place, leading)) bonus += LIST_BONUS;
  if (place.kind === 'city' && (after === 'city' || before === 'city of')) bonus += 1;
  return bonus;
}
