import type { Gazetteer } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';
import type { Candidate } from './candidates';
import { hasStrongMatch, isCommonWordSpan, previousWord, qualifierOf } from './context';
import {
  inOrganisationName,
  isLanguageOrPeople,
  lower,
  notPlaceEvidence,
  type Context,
} from './evidence';
import type { Token } from './tokens';
import { LOCATIVES, PLACE_MODIFIERS } from './words';

/** A common word as a place needs a town at least this big ("Reading", not "Church"). */
const COMMON_WORD_MIN_POPULATION = 20_000;

/** Something in the text says a place is meant: "in Bath", "Mobile, Alabama". */
function placeEvidence(ctx: Context, candidates: Candidate[], k: number): boolean {
  const c = candidates[k];
  if (!c) return false;
  const before = previousWord(ctx.tokens, c.first);
  if (before && LOCATIVES.has(lower(before)) && !before.capitalised) return true;
  return qualifierOf(ctx.text, candidates, k, 'comma') !== undefined;
}

/**
 * Bare words that are places only with support: directions ("West"), and common words ("March", "Bath", "Centre") unless they name a country or the like.
 */
function supportNeeded(ctx: Context, c: Candidate): 'qualifier' | 'cue' | 'none' {
  if (c.first !== c.last) return 'none';
  if (PLACE_MODIFIERS.has(c.key)) return 'qualifier';
  if (!isCommonWordSpan(ctx.gazetteer, c)) return 'none';
  // "Turkey", "Chad": a country by its own name. Not "Island" (an alternate name of Iceland).
  const unmistakable = c.matches.some(
    (m) =>
      m.source !== NameSource.alternate &&
      m.place.kind !== 'city' &&
      m.place.kind !== 'admin1' &&
      m.place.kind !== 'admin2',
  );
  if (unmistakable) return 'none';
  // A common word followed by a number is a date or a label ("Spring 2002").
  if (/^\s*\d/.test(ctx.text.slice(c.end, c.end + 3))) return 'qualifier';
  const big = c.matches.some((m) => m.place.population >= COMMON_WORD_MIN_POPULATION);
  return big ? 'cue' : 'qualifier';
}

/**
 * Stage 2: drops candidates that name people, organisations, institutions, diseases, or common
 * words used as words. One sense per text: a name seen as a person once ("Condoleezza Rice",
 * "President Bush") is a person everywhere ("Rice said", "Bush will") unless the text puts it as a
 * place ("in Rice"); a word seen as a place once ("in Reading") is a place everywhere.
 */
export function filterCandidates(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
): Candidate[] {
  const ctx: Context = {
    text,
    tokens,
    gazetteer,
    strongStarts: new Set(candidates.filter(hasStrongMatch).map((c) => c.start)),
    candidateAt: new Map(candidates.map((c) => [c.start, c])),
  };
  const persons = new Set<string>();
  const cued = new Set<string>();
  const qualified = new Set<string>();
  const evidence = candidates.map((c, k) => {
    const placeCue = placeEvidence(ctx, candidates, k);
    if (placeCue) cued.add(c.key);
    if (qualifierOf(text, candidates, k, 'comma')) qualified.add(c.key);
    if (c.form === 'demonym') {
      const named = inOrganisationName(ctx, c);
      return {
        verdict: named || isLanguageOrPeople(ctx, c) ? 'not-place' : 'place',
        placeCue,
      } as const;
    }
    const verdict = notPlaceEvidence(ctx, c);
    if (verdict === 'person') persons.add(c.key);
    return { verdict: verdict ?? 'place', placeCue };
  });
  return candidates.filter((c, k) => {
    const e = evidence[k];
    if (!e || e.verdict !== 'place') return false;
    if (c.form === 'demonym') return true;
    if (persons.has(c.key) && !e.placeCue && !hasStrongMatch(c)) return false;
    // The container in "Portland, ME" is there because a place came first.
    if (k > 0 && qualifierOf(text, candidates, k - 1) === c) return true;
    switch (supportNeeded(ctx, c)) {
      case 'none':
        return true;
      case 'cue':
        return cued.has(c.key);
      case 'qualifier':
        return qualified.has(c.key);
    }
  });
}
