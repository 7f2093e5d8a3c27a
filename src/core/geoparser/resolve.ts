import type { Gazetteer, GazPlace } from '../gazetteer/gazetteer';
import type { Candidate } from './candidates';
import { localBonus } from './cues';
import { bestReadings, type Reading } from './readings';
import { relatedness } from './relatedness';
import { StrongestTies } from './ties';
import type { Token } from './tokens';

/** One name in a text with its readings ranked; every mention of the name shares it. */
export interface Resolution {
  ranked: { place: GazPlace; score: number }[];
  confidence: number;
}

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

interface Group {
  key: string;
  readings: Reading[];
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
