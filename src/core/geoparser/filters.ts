import type { Gazetteer } from '../gazetteer/gazetteer';
import type { Candidate } from './candidates';
import { adjacent, hasStrongMatch, isCommonWordSpan, previousWord, qualifierOf } from './context';
import type { Token } from './tokens';
import {
  CALENDAR,
  INSTITUTIONS,
  LOCATIVES,
  ORGANISATION_HEADS,
  PLACE_MODIFIERS,
  TITLES,
} from './words';

interface Context {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  /** Keys of candidates known to be places, to tell "Atlanta Georgia" from "Condoleezza Rice". */
  candidateStarts: Set<number>;
}

function lower(t: Token | undefined): string {
  return t?.text.toLowerCase() ?? '';
}

/** A capitalised word that is part of the same proper name: not a title, month or modifier. */
function isNamePart(ctx: Context, t: Token | undefined): boolean {
  if (!t?.capitalised || !t.word) return false;
  const w = lower(t);
  if (CALENDAR.has(w) || PLACE_MODIFIERS.has(w) || LOCATIVES.has(w)) return false;
  // "The", "In", "But" at a sentence start are ordinary words.
  if (t.sentenceStart && ctx.gazetteer.isCommonWord(w)) return false;
  return !ctx.candidateStarts.has(t.start);
}

/** Why a candidate is a person's or organisation's name, or undefined if nothing says so. */
function nameEvidence(
  ctx: Context,
  c: Candidate,
): 'title' | 'given-name' | 'organisation' | undefined {
  const { text, tokens } = ctx;
  const before = previousWord(tokens, c.first);
  if (before && TITLES.has(lower(before)) && before.capitalised) return 'title';
  if (isNamePart(ctx, before) && adjacent(text, before, tokens[c.first])) return 'given-name';
  const after = tokens[c.last + 1];
  if (after?.word && after.capitalised && adjacent(text, tokens[c.last], after)) {
    if (ORGANISATION_HEADS.has(lower(after))) return 'organisation';
    // "Buffalo Bills", "Gates Foundation": a weak name running into another capitalised word.
    if (!hasStrongMatch(c) && isNamePart(ctx, after) && !after.sentenceStart) return 'organisation';
  }
  return undefined;
}

/** Something in the text says a place is meant: "in Bath", "Mobile, Alabama". */
function placeEvidence(ctx: Context, candidates: Candidate[], k: number): boolean {
  const c = candidates[k];
  if (!c) return false;
  const before = previousWord(ctx.tokens, c.first);
  if (before && LOCATIVES.has(lower(before))) return true;
  return qualifierOf(ctx.text, candidates, k) !== undefined;
}

/**
 * Stage 2: drops candidates that name people, organisations, institutions, or common words used
 * as words. A surname seen once ("Condoleezza Rice") makes the bare name a person in the whole text
 * ("Rice said"), as does a title ("President Bush" ... "Bush will").
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
    candidateStarts: new Set(candidates.map((c) => c.start)),
  };
  const personNames = new Set<string>();
  const verdicts = candidates.map((c, k) => {
    if (INSTITUTIONS.has(c.key)) return false;
    if (c.form === 'demonym') return true;
    const evidence = nameEvidence(ctx, c);
    if (evidence === 'title' || evidence === 'given-name') {
      if (!hasStrongMatch(c) || evidence === 'title') personNames.add(c.key);
      return false;
    }
    if (evidence === 'organisation') return false;
    if (
      isCommonWordSpan(gazetteer, c) &&
      !hasStrongMatch(c) &&
      !placeEvidence(ctx, candidates, k)
    ) {
      return false;
    }
    return true;
  });
  return candidates.filter((c, k) => verdicts[k] === true && !personNames.has(c.key));
}
