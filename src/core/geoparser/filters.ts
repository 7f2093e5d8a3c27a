import type { Gazetteer } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';
import type { Candidate } from './candidates';
import { hasStrongMatch, isCommonWordSpan, previousWord, qualifierOf } from './context';
import { inOrganisationName, isLanguageOrPeople, judge, lower, type Context } from './evidence';
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
  if (c.first !== c.last || c.impliedHead !== undefined) return 'none';
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

/** A candidate left out, with the rule that left it out: the debug view of recognition. */
export interface Rejection {
  candidate: Candidate;
  rule: string;
  reason: string;
}

/** A kept candidate with what made it a place, when something beyond its name did. */
export interface Kept {
  candidate: Candidate;
  reasons: string[];
}

const SUPPORT_REASONS = {
  cue: {
    rule: 'common-word-without-cue',
    reason: 'a common word with nothing saying it is a place',
  },
  qualifier: {
    rule: 'bare-word-without-qualifier',
    reason: 'a direction, date or common word without "Place, Country"',
  },
} as const;

/**
 * Drops candidates that name people, organisations, institutions, diseases, or common words used
 * as words, by the rules in RECOGNITION_RULES. One sense per text: a name seen as a person once
 * ("Condoleezza Rice", "President Bush") is a person everywhere ("Rice said", "Bush will") unless
 * the text puts it as a place ("in Rice"); a word seen as a place once ("in Reading") is a place
 * everywhere.
 */
export function filterCandidates(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
): { kept: Kept[]; rejected: Rejection[] } {
  const ctx: Context = {
    text,
    tokens,
    gazetteer,
    strongStarts: new Set(candidates.filter(hasStrongMatch).map((c) => c.start)),
    candidateAt: new Map(candidates.map((c) => [c.start, c])),
  };
  const persons = new Map<string, string>();
  const cued = new Set<string>();
  const qualified = new Set<string>();
  const rulings = candidates.map((c, k) => {
    const placeCue = placeEvidence(ctx, candidates, k);
    if (placeCue) cued.add(c.key);
    if (qualifierOf(text, candidates, k, 'comma')) qualified.add(c.key);
    if (c.form === 'demonym') {
      if (inOrganisationName(ctx, c)) return { ruling: ORGANISATION_DEMONYM, placeCue };
      if (isLanguageOrPeople(ctx, c)) return { ruling: LANGUAGE_DEMONYM, placeCue };
      return { ruling: undefined, placeCue };
    }
    const ruling = judge(ctx, c);
    if (ruling?.verdict === 'person' && !persons.has(c.key)) persons.set(c.key, ruling.reason);
    return { ruling, placeCue };
  });
  const kept: Kept[] = [];
  const rejected: Rejection[] = [];
  const reject = (candidate: Candidate, rule: string, reason: string) => {
    rejected.push({ candidate, rule, reason });
  };
  candidates.forEach((c, k) => {
    const r = rulings[k];
    if (!r) return;
    const { ruling, placeCue } = r;
    if (ruling && ruling.verdict !== 'place') {
      reject(c, ruling.rule, ruling.reason);
      return;
    }
    const reasons = ruling ? [ruling.reason] : [];
    if (c.form === 'demonym') {
      kept.push({ candidate: c, reasons: ['an adjective naming its country'] });
      return;
    }
    const person = persons.get(c.key);
    if (person !== undefined && !placeCue && !hasStrongMatch(c)) {
      reject(c, 'person-elsewhere', `${person}, elsewhere in the text`);
      return;
    }
    // The container in "Portland, ME" is there because a place came first.
    if (k > 0 && qualifierOf(text, candidates, k - 1) === c) {
      kept.push({ candidate: c, reasons });
      return;
    }
    const need = supportNeeded(ctx, c);
    const supported = need === 'none' || (need === 'cue' ? cued.has(c.key) : qualified.has(c.key));
    if (supported) kept.push({ candidate: c, reasons });
    else
      reject(
        c,
        SUPPORT_REASONS[need === 'cue' ? 'cue' : 'qualifier'].rule,
        SUPPORT_REASONS[need === 'cue' ? 'cue' : 'qualifier'].reason,
      );
  });
  return { kept, rejected };
}

const ORGANISATION_DEMONYM = {
  verdict: 'not-place',
  rule: 'organisation-name',
  reason: 'part of an organisation\'s name ("American Airlines")',
} as const;
const LANGUAGE_DEMONYM = {
  verdict: 'not-place',
  rule: 'language-or-people',
  reason: 'a language or a people, not the country ("in Russian")',
} as const;
