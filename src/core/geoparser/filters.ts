import type { Gazetteer } from '../gazetteer/gazetteer';
import { isAbbreviation } from '../gazetteer/normalize';
import type { Candidate } from './candidates';
import { adjacent, hasStrongMatch, isCommonWordSpan, previousWord, qualifierOf } from './context';
import type { Token } from './tokens';
import {
  CALENDAR,
  DISEASE_WORDS,
  INSTITUTION_OF,
  INSTITUTIONS,
  LOCATIVES,
  ORGANISATION_HEADS,
  PLACE_MODIFIERS,
  SPEECH_VERBS,
  TITLES,
} from './words';

interface Context {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  /** Starts of candidates that are surely places: "Atlanta Georgia" is not a person's name. */
  strongStarts: Set<number>;
}

type Verdict = 'place' | 'person' | 'not-place';

function lower(t: Token | undefined): string {
  return t?.text.toLowerCase() ?? '';
}

/**
 * A capitalised word that belongs to the same proper name as its neighbour: not a title, month,
 * direction, ordinary word ("Village Malakal", "The"), acronym ("CDC Atlanta") or place.
 */
function isNamePart(ctx: Context, t: Token | undefined): boolean {
  if (!t?.capitalised || !t.word || isAbbreviation(t.text)) return false;
  const w = lower(t);
  if (CALENDAR.has(w) || PLACE_MODIFIERS.has(w) || LOCATIVES.has(w)) return false;
  if (ctx.gazetteer.isCommonWord(w)) return false;
  return !ctx.strongStarts.has(t.start);
}

/** A hyphen joins the name to a capitalised word that is not a place: "Kerry-Ann", "Navarro-Valls". */
function inHyphenatedName(ctx: Context, c: Candidate): boolean {
  const { tokens } = ctx;
  const before = tokens[c.first - 1];
  const after = tokens[c.last + 1];
  const joined = (mark: Token | undefined, word: Token | undefined) =>
    mark?.text === '-' &&
    word !== undefined &&
    adjacent(ctx.text, mark, word) &&
    word.capitalised &&
    !ctx.strongStarts.has(word.start);
  return (
    (joined(before, tokens[c.first - 2]) && adjacent(ctx.text, before, tokens[c.first])) ||
    (joined(after, tokens[c.last + 2]) && adjacent(ctx.text, tokens[c.last], after))
  );
}

/** Why a candidate is not a place name here, or undefined if nothing says so. */
function notPlaceEvidence(ctx: Context, c: Candidate): Verdict | undefined {
  const { text, tokens } = ctx;
  const strong = hasStrongMatch(c);
  const before = previousWord(tokens, c.first);
  const after = tokens[c.last + 1];
  if (INSTITUTIONS.has(c.key)) return 'not-place';
  // "A/California/7/2009" (a strain), "US$" (a currency).
  if (tokens[c.first - 1]?.text === '/' || after?.text === '/' || after?.text === '$')
    return 'not-place';
  if (after?.word && !after.capitalised && DISEASE_WORDS.has(lower(after))) return 'not-place';
  if (before && TITLES.has(lower(before)) && before.capitalised) return 'person';
  if (lower(before) === 'of' && INSTITUTION_OF.has(lower(previousWord(tokens, c.first - 1))))
    return 'not-place';
  if (inHyphenatedName(ctx, c)) return 'not-place';
  // A weak name next to another capitalised word is part of a longer name: "Condoleezza Rice",
  // "Tim Whitley", "Buffalo Bills". Countries and the like keep their place ("Kenya Red Cross").
  if (!strong && isNamePart(ctx, before) && adjacent(text, before, tokens[c.first]))
    return 'person';
  if (after?.word && after.capitalised && adjacent(text, tokens[c.last], after)) {
    if (ORGANISATION_HEADS.has(lower(after))) return 'not-place';
    if (!strong && isNamePart(ctx, after) && !after.sentenceStart) return 'person';
  }
  if (
    !strong &&
    c.first === c.last &&
    (SPEECH_VERBS.has(lower(after)) || SPEECH_VERBS.has(lower(before)))
  ) {
    return 'person';
  }
  return undefined;
}

/** Something in the text says a place is meant: "in Bath", "Mobile, Alabama". */
function placeEvidence(ctx: Context, candidates: Candidate[], k: number): boolean {
  const c = candidates[k];
  if (!c) return false;
  const before = previousWord(ctx.tokens, c.first);
  if (before && LOCATIVES.has(lower(before)) && !before.capitalised) return true;
  return qualifierOf(ctx.text, candidates, k) !== undefined;
}

/** Bare words that are places only with support: "March", "West", "Bath". */
function needsSupport(ctx: Context, c: Candidate): boolean {
  if (c.first !== c.last) return false;
  if (CALENDAR.has(c.key) || PLACE_MODIFIERS.has(c.key)) return true;
  return isCommonWordSpan(ctx.gazetteer, c) && !hasStrongMatch(c);
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
  };
  const persons = new Set<string>();
  const supported = new Set<string>();
  const evidence = candidates.map((c, k) => {
    const placeCue = placeEvidence(ctx, candidates, k);
    if (placeCue) supported.add(c.key);
    if (c.form === 'demonym') return { verdict: 'place', placeCue };
    const verdict = notPlaceEvidence(ctx, c);
    if (verdict === 'person') persons.add(c.key);
    return { verdict: verdict ?? 'place', placeCue };
  });
  return candidates.filter((c, k) => {
    const e = evidence[k];
    if (!e || e.verdict !== 'place') return false;
    if (c.form === 'demonym') return true;
    if (persons.has(c.key) && !e.placeCue && !hasStrongMatch(c)) return false;
    return !needsSupport(ctx, c) || supported.has(c.key);
  });
}
