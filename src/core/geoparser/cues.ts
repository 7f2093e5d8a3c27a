import type { GazPlace, NameMatch } from '../gazetteer/gazetteer';
import type { Candidate } from './candidates';
import { isContainerMatch, qualifierOf } from './context';
import { words } from './modifiers';
import type { Token } from './tokens';

/** "Oregon, Utah, Washington and Idaho": in a list of states, a name is a state too. */
const LIST_BONUS = 2;
const LIST_GAP = /^(,\s*|,?\s+(and|or)\s+)$/;

/**
 * True when a neighbour in a list ("X, Y and Z") reads as a place of the same kind in the same
 * container: states of one country ("Oregon, Utah and Washington"), towns of one state
 * ("Wapakoneta, Cridersville and Lima").
 */
function listedWithSiblings(
  text: string,
  candidates: Candidate[],
  k: number,
  place: GazPlace,
  leading: (c: Candidate) => GazPlace | undefined,
): boolean {
  const c = candidates[k];
  if (!c || (place.kind !== 'admin1' && place.kind !== 'city' && place.kind !== 'admin2')) {
    return false;
  }
  // The neighbour's own best reading must be a sibling: "Zurich and Geneva" are two cities of
  // two cantons; "Georgia, Oklahoma and Texas" three states of one country.
  const sibling = (n: Candidate | undefined, gap: string) => {
    const lead = n && LIST_GAP.test(gap) ? leading(n) : undefined;
    if (!lead || lead.index === place.index) return false;
    if (place.kind === 'admin1') return lead.kind === 'admin1' && lead.country === place.country;
    return lead.kind !== 'admin1' && lead.kind !== 'country' && lead.admin1 === place.admin1;
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
/** "Washington state", "the province of Lagos": the division, not its namesake city. */
const DIVISION_WORD_BONUS = 3;
/** "Kansas City", "the city of Mosul": a town rather than the division. */
const CITY_WORD_BONUS = 1;

/** What a local cue sees: one mention, one of its readings, and the words around it. */
interface CueView {
  text: string;
  tokens: Token[];
  candidates: Candidate[];
  k: number;
  c: Candidate;
  place: GazPlace;
  leading: (c: Candidate) => GazPlace | undefined;
  /** The lower-case token after the name and the two before it. */
  after: string;
  before: string;
}

/** A local cue: a named bonus for readings that the words around one mention favour. */
interface LocalCue {
  name: string;
  bonus: number;
  reason: (v: CueView) => string;
  test: (v: CueView) => boolean;
}

/** The container named right after the mention ("Paris, Texas"), if it holds the reading. */
function qualifyingContainer(v: CueView): GazPlace | undefined {
  const q = qualifierOf(v.text, v.candidates, v.k);
  const inside = (m: NameMatch) =>
    m.place.index !== v.place.index &&
    (m.place.kind === 'country'
      ? v.place.country === m.place.country
      : v.place.admin1 === m.place.admin1);
  return q?.matches.find((m) => isContainerMatch(m) && inside(m))?.place;
}

/** The local cues, each a row; a reading collects every cue that holds. */
export const LOCAL_CUES: readonly LocalCue[] = [
  {
    name: 'qualified-by-container',
    bonus: QUALIFIER_BONUS,
    reason: (v) => `its container follows it: "${v.c.text}, ${qualifyingContainer(v)?.name ?? ''}"`,
    test: (v) => qualifyingContainer(v) !== undefined,
  },
  {
    name: 'division-word',
    bonus: DIVISION_WORD_BONUS,
    reason: () => 'the division: a word like "state" or "province" goes with it',
    test: (v) =>
      v.place.kind === 'admin1' && (DIVISION_WORDS.has(v.after) || DIVISION_OF.test(v.before)),
  },
  {
    name: 'listed-with-siblings',
    bonus: LIST_BONUS,
    reason: (v) =>
      v.place.kind === 'admin1'
        ? 'listed with other divisions of its country'
        : 'listed with other places of its state or province',
    test: (v) => listedWithSiblings(v.text, v.candidates, v.k, v.place, v.leading),
  },
  {
    name: 'city-word',
    bonus: CITY_WORD_BONUS,
    reason: () => 'the town: "city" goes with it',
    test: (v) => v.place.kind === 'city' && (v.after === 'city' || v.before === 'city of'),
  },
];

/** Cues next to one mention: the bonus they add to a reading and the reasons they give. */
export function localCues(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  k: number,
  place: GazPlace,
  leading: (c: Candidate) => GazPlace | undefined,
): { bonus: number; reasons: string[] } {
  const c = candidates[k];
  if (!c) return { bonus: 0, reasons: [] };
  const v: CueView = {
    text,
    tokens,
    candidates,
    k,
    c,
    place,
    leading,
    after: tokens[c.last + 1]?.text.toLowerCase() ?? '',
    before: `${tokens[c.first - 2]?.text ?? ''} ${tokens[c.first - 1]?.text ?? ''}`.toLowerCase(),
  };
  let bonus = 0;
  const reasons: string[] = [];
  for (const cue of LOCAL_CUES) {
    if (!cue.test(v)) continue;
    bonus += cue.bonus;
    reasons.push(cue.reason(v));
  }
  return { bonus, reasons };
}
