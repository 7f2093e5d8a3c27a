import type { Gazetteer, GazPlace } from '../gazetteer/gazetteer';
import type { Candidate } from './candidates';
import { localCues } from './cues';
import { bestReadings, type Reading } from './readings';
import { describeTie, relatedness } from './relatedness';
import { priorReason, readingLabel } from './explain';
import { StrongestTies } from './ties';
import type { Token } from './tokens';

/** One name in a text with its readings ranked; every mention of the name shares it. */
export interface Resolution {
  ranked: { place: GazPlace; score: number }[];
  /** Softmax of the ranked scores: the resolver's own, uncalibrated, belief in the first. */
  score: number;
  /** Why the first reading won, in short sentences. */
  reasons: string[];
  /** The first reading's strongest tie to another name of the text (0: none at all). */
  strongestTie: number;
  /** Other names and demonyms in the text the first reading was weighed against. */
  others: number;
}

/** Weight of document context against the prior (log10 population units per unit of support). */
const CONTEXT_WEIGHT = 1;
/** Caps context so a whole text about Japan cannot turn "China" into a Japanese village. */
const MAX_SUPPORT = 4;
/**
 * A local story: two or more other names of the text lie in the reading's state or province (the
 * state itself, its towns, its counties), within LOCAL_STORY_CHARS of a mention of the name. Outside the cap, so that "London" in a Kentucky crash
 * story beside Corbin and Kentucky, or "Lima" among Ohio towns, outweighs a foreign capital;
 * one mention of "New York" alone does not make "Boston" a hamlet in New York state.
 */
const LOCAL_STORY_BONUS = 3;
const LOCAL_STORY_NAMES = 2;
/**
 * A state among states: two or more other names of the text are divisions of the same country
 * ("Alabama", "Iowa", "Texas"), so "Georgia" is one more of them rather than the country. Only
 * against a reading abroad: it does not turn the city of São Paulo into its state.
 */
const SIBLING_DIVISIONS_BONUS = 1;
const SIBLING_DIVISIONS = 2;
/** How near, in characters, the local names must be: a sentence or two, not the whole article. */
const LOCAL_STORY_CHARS = 200;
/** A demonym ("Russian") is weaker context than the country's name. */
const DEMONYM_CONTEXT_WEIGHT = 0.5;
const ROUNDS = 3;
/**
 * Names weighed as context on each side of a name, in order of first mention. An article has
 * fewer; a book-length text would otherwise cost time quadratic in its number of names.
 */
const CONTEXT_WINDOW = 40;
const MAX_FIXED_CONTEXT = 40;
/** A tie weaker than this says too little to be given as a reason. */
const REASON_MIN_TIE = 0.3;
/** In the same passage a weaker tie still tells the reader something. */
const REASON_MIN_NEAR_TIE = 0.1;

interface Group {
  key: string;
  readings: Reading[];
  /** Offsets of the name's mentions, for "in the same passage". */
  starts: number[];
}

/** Offsets of the line breaks: passages are lines or paragraphs. */
function passageOf(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Ranks each name's readings by prior plus document context, resolving all names together: each
 * round scores every reading against the other names' current best readings (containment, same
 * country, neighbours, distance), so the chosen places cohere.
 */
export function resolveNames(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
): Map<string, Resolution> {
  const groups = new Map<string, Group>();
  const fixed: { place: GazPlace; start: number }[] = [];
  for (const c of candidates) {
    if (c.form === 'demonym') {
      const country = c.matches[0]?.place;
      // Each country once: six "Russian"s are not six times the evidence.
      if (country && !fixed.some((f) => f.place === country)) {
        fixed.push({ place: country, start: c.start });
      }
      continue;
    }
    const had = groups.get(c.key);
    if (had) had.starts.push(c.start);
    else
      groups.set(c.key, {
        key: c.key,
        readings: bestReadings(c.matches, c.key),
        starts: [c.start],
      });
  }
  // Each name's best reading by prior alone, for cues that look at neighbours.
  const priorLead = new Map([...groups].map(([key, g]) => [key, g.readings[0]?.place]));
  const leading = (n: Candidate) => priorLead.get(n.key);
  candidates.forEach((c, k) => {
    const g = groups.get(c.key);
    if (c.form !== 'name' || !g) return;
    // One sense per text: a cue at any mention counts for all mentions of the name.
    for (const r of g.readings) {
      const cues = localCues(text, tokens, candidates, k, r.place, leading);
      r.base += cues.bonus;
      for (const reason of cues.reasons) if (!r.cues.includes(reason)) r.cues.push(reason);
    }
  });

  const list = [...groups.values()];
  const passage = passageOf(text);
  const passages = list.map((g) => new Set(g.starts.map(passage)));
  const near = (a: number, b: number) => {
    const sb = list[b]?.starts ?? [];
    return (list[a]?.starts ?? []).some((x) =>
      sb.some((y) => Math.abs(x - y) <= LOCAL_STORY_CHARS),
    );
  };
  const fixedPlaces = fixed.slice(0, MAX_FIXED_CONTEXT);
  let best = list.map((g) => g.readings[0]?.place);
  let scored: { place: GazPlace; score: number; reading: Reading }[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    scored = list.map((g, gi) =>
      g.readings
        .map((r) => {
          const ties = new StrongestTies();
          const from = Math.max(0, gi - CONTEXT_WINDOW);
          const to = Math.min(best.length, gi + CONTEXT_WINDOW + 1);
          let local = 0;
          let siblings = 0;
          const abroad =
            r.place.kind === 'admin1' && g.readings[0]?.place.country !== r.place.country;
          // By its own name only: "Pittsburgh" is not Pittsburg, California, in a Californian story.
          const division = r.place.kind === 'admin1' || !r.ownName ? '' : r.place.admin1;
          for (let hi = from; hi < to; hi++) {
            const q = best[hi];
            if (!q || hi === gi) continue;
            ties.add(relatedness(gazetteer, r.place, q));
            if (division !== '' && q.admin1 === division && near(gi, hi)) local++;
            if (abroad && q.kind === 'admin1' && q.country === r.place.country) {
              siblings++;
            }
          }
          for (const q of fixedPlaces) {
            ties.add(DEMONYM_CONTEXT_WEIGHT * relatedness(gazetteer, r.place, q.place));
          }
          const support = ties.sum();
          const localStory = local >= LOCAL_STORY_NAMES ? LOCAL_STORY_BONUS : 0;
          const amongStates = siblings >= SIBLING_DIVISIONS ? SIBLING_DIVISIONS_BONUS : 0;
          return {
            place: r.place,
            score:
              r.base + CONTEXT_WEIGHT * Math.min(support, MAX_SUPPORT) + localStory + amongStates,
            reading: r,
          };
        })
        .sort((a, b) => b.score - a.score),
    );
    const next = scored.map((s) => s[0]?.place);
    // A round scores from the best readings alone: when they come out as they went in, every
    // later round would repeat this one exactly.
    const settled = next.every((p, i) => p === best[i]);
    best = next;
    if (settled) break;
  }

  const out = new Map<string, Resolution>();
  list.forEach((g, gi) => {
    const ranked = scored[gi] ?? [];
    const first = ranked[0];
    const top = first?.score ?? 0;
    const z = ranked.reduce((sum, r) => sum + Math.exp(r.score - top), 0);
    const reasons: string[] = [];
    let strongestTie = 0;
    if (first) {
      const label = readingLabel(first.place);
      const prior = priorReason(first.reading, g.readings);
      if (prior) reasons.push(prior);
      for (const cue of first.reading.cues) reasons.push(`${label}: ${cue}`);
      // The strongest tie to another name, as the text's reason.
      let tie = { strength: 0, place: undefined as GazPlace | undefined, near: false };
      let shown = tie;
      const own = passages[gi] ?? new Set<number>();
      const consider = (q: GazPlace | undefined, starts: number[], weight: number) => {
        if (!q) return;
        const strength = weight * relatedness(gazetteer, first.place, q);
        const near = starts.some((s) => own.has(passage(s)));
        if (strength > tie.strength) tie = { strength, place: q, near };
        // The reason given prefers a name in the same passage: what a reader sees beside it.
        if (strength >= REASON_MIN_NEAR_TIE && near && (!shown.near || strength > shown.strength)) {
          shown = { strength, place: q, near };
        }
      };
      list.forEach((h, hi) => {
        if (hi !== gi) consider(best[hi], h.starts, 1);
      });
      for (const f of fixedPlaces) consider(f.place, [f.start], DEMONYM_CONTEXT_WEIGHT);
      strongestTie = tie.strength;
      if (!shown.place && tie.strength >= REASON_MIN_TIE) shown = tie;
      if (shown.place) {
        reasons.push(`${label}: ${describeTie(first.place, shown.place, gazetteer, shown.near)}`);
      }
    }
    out.set(g.key, {
      ranked,
      score: z > 0 ? 1 / z : 0,
      reasons,
      strongestTie,
      others: list.length - 1 + fixedPlaces.length,
    });
  });
  return out;
}
