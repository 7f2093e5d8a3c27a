import type { Gazetteer, GazPlace, NameMatch } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';
import type { Candidate } from './candidates';
import { isContainerMatch, qualifierOf } from './context';
import { words } from './modifiers';
import { prior } from './prior';
import { relatedness } from './relatedness';
import type { Token } from './tokens';

/** One name in a text with its readings ranked; every mention of the name shares it. */
export interface Resolution {
  ranked: { place: GazPlace; score: number }[];
  confidence: number;
}

/**
 * Context is the sum of a reading's few strongest ties to the other names, not of all of them:
 * a US town should not win on fifty weak "same country" ties in a US story ("Nice, California"
 * against Nice), but containment and near neighbours ("Glendale" beside Los Angeles) count fully.
 */
const TIES_COUNTED = 3;

/** Keeps the TIES_COUNTED largest ties seen so far, without sorting every list. */
class StrongestTies {
  private readonly top: number[] = [];

  add(tie: number): void {
    if (tie <= 0) return;
    if (this.top.length < TIES_COUNTED) {
      this.top.push(tie);
      return;
    }
    let min = 0;
    for (let i = 1; i < this.top.length; i++)
      if ((this.top[i] ?? 0) < (this.top[min] ?? 0)) min = i;
    if (tie > (this.top[min] ?? 0)) this.top[min] = tie;
  }

  sum(): number {
    return this.top.reduce((a, b) => a + b, 0);
  }
}

/** Readings per name considered jointly; the rest are too unlikely to matter. */
const MAX_READINGS = 50;
/** Weight of document context against the prior (log10 population units per unit of support). */
const CONTEXT_WEIGHT = 1;
/** Caps context so a whole text about Japan cannot turn "China" into a Japanese village. */
const MAX_SUPPORT = 4;
const ROUNDS = 3;
/**
 * Names weighed as context on each side of a name, in order of first mention. An article has
 * fewer; a book-length text would otherwise cost time quadratic in its number of names.
 */
const CONTEXT_WINDOW = 40;
const MAX_FIXED_CONTEXT = 40;
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

interface Group {
  key: string;
  readings: { place: GazPlace; base: number }[];
}

function bestReadings(matches: NameMatch[]): { place: GazPlace; base: number }[] {
  const byPlace = new Map<number, { place: GazPlace; base: number }>();
  for (const m of matches) {
    const base = prior(m);
    const had = byPlace.get(m.place.index);
    if (!had || had.base < base) byPlace.set(m.place.index, { place: m.place, base });
  }
  const readings = [...byPlace.values()];
  // By its own name, or as a seat by any of its names ("Geneva" for Genève); not "New York"
  // for New York City, which is neither the state's name for it nor its seat.
  const nameOf = new Set(
    matches
      .filter(
        (m) =>
          m.source === NameSource.primary ||
          m.place.feature === 'PPLA' ||
          m.place.feature === 'PPLC',
      )
      .map((m) => m.place.index),
  );
  preferEponymousSeats(readings, nameOf);
  return readings.sort((a, b) => b.base - a.base).slice(0, MAX_READINGS);
}

/** Share of its division's people above which a seat is what the shared name means. */
const SEAT_SHARE = 0.2;

/**
 * "Istanbul", "Lagos", "Kharkiv": a division and its main city share a name, and the city holds a good
 * part of its people; news then means the city unless it says "region" or "province". Where the
 * city is small beside its division ("Quebec"), the division keeps its lead.
 */
function preferEponymousSeats(
  readings: { place: GazPlace; base: number }[],
  ownName: Set<number>,
): void {
  for (const city of readings) {
    const p = city.place;
    if (p.kind !== 'city' || !ownName.has(p.index)) continue;
    const division = readings.find((r) => r.place.kind === 'admin1' && r.place.admin1 === p.admin1);
    if (division && p.population >= SEAT_SHARE * division.place.population) {
      city.base = Math.max(city.base, division.base + 0.5);
    }
  }
}

/** Cues next to one mention: "Paris, Texas", "Washington state", "the state of Georgia". */
function localBonus(
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

/**
 * Stage 3: ranks each name's readings by prior plus document context, resolving all names
 * together: each round scores every reading against the other names' current best readings
 * (containment, same country, neighbours, distance), so the chosen places cohere.
 */
export function resolveNames(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
): Map<string, Resolution> {
  const groups = new Map<string, Group>();
  const fixed: GazPlace[] = [];
  for (const c of candidates) {
    if (c.form === 'demonym') {
      const country = c.matches[0]?.place;
      // Each country once: six "Russian"s are not six times the evidence.
      if (country && !fixed.includes(country)) fixed.push(country);
    } else if (!groups.has(c.key)) {
      groups.set(c.key, { key: c.key, readings: bestReadings(c.matches) });
    }
  }
  // Each name's best reading by prior alone, for cues that look at neighbours.
  const priorLead = new Map([...groups].map(([key, g]) => [key, g.readings[0]?.place]));
  const leading = (n: Candidate) => priorLead.get(n.key);
  candidates.forEach((c, k) => {
    const g = groups.get(c.key);
    if (c.form !== 'name' || !g) return;
    // One sense per text: a cue at any mention counts for all mentions of the name.
    for (const r of g.readings) {
      r.base += localBonus(text, tokens, candidates, k, r.place, leading);
    }
  });

  const list = [...groups.values()];
  let best = list.map((g) => g.readings[0]?.place);
  let scored: { place: GazPlace; score: number }[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    scored = list.map((g, gi) =>
      g.readings
        .map((r) => {
          const ties = new StrongestTies();
          const from = Math.max(0, gi - CONTEXT_WINDOW);
          const to = Math.min(best.length, gi + CONTEXT_WINDOW + 1);
          for (let hi = from; hi < to; hi++) {
            const q = best[hi];
            if (q && hi !== gi) ties.add(relatedness(gazetteer, r.place, q));
          }
          for (const q of fixed.slice(0, MAX_FIXED_CONTEXT)) {
            ties.add(0.5 * relatedness(gazetteer, r.place, q));
          }
          const support = ties.sum();
          return {
            place: r.place,
            score: r.base + CONTEXT_WEIGHT * Math.min(support, MAX_SUPPORT),
          };
        })
        .sort((a, b) => b.score - a.score),
    );
    best = scored.map((s) => s[0]?.place);
  }

  const out = new Map<string, Resolution>();
  list.forEach((g, gi) => {
    const ranked = scored[gi] ?? [];
    const top = ranked[0]?.score ?? 0;
    const z = ranked.reduce((sum, r) => sum + Math.exp(r.score - top), 0);
    out.set(g.key, { ranked, confidence: z > 0 ? 1 / z : 0 });
  });
  return out;
}
