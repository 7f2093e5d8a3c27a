import type { Gazetteer } from '../gazetteer/gazetteer';
import { isAbbreviation } from '../gazetteer/normalize';
import type { Candidate } from './candidates';
import { adjacent, hasStrongMatch, isCommonWordSpan, previousWord, qualifierOf } from './context';
import type { Token } from './tokens';
import {
  CALENDAR,
  DISEASE_WORDS,
  FEATURE_HEADS,
  INSTITUTION_OF,
  INSTITUTIONS,
  LANGUAGE_NOUNS,
  LOCATIVES,
  NAME_PARTICLES,
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

/** 'person' also marks the name as a person for the rest of the text. */
type Verdict = 'place' | 'person' | 'not-place';

/** Capitalised words looked through for an organisation's head noun ("Ohio State University"). */
const NAME_LOOKAHEAD = 4;
/** A common word as a place needs a town at least this big ("Reading", not "Church"). */
const COMMON_WORD_MIN_POPULATION = 20_000;

function lower(t: Token | undefined): string {
  return t?.text.toLowerCase() ?? '';
}

/**
 * A capitalised word that belongs to the same proper name as its neighbour: not a title, month,
 * direction, acronym ("CDC Atlanta") or place. Before a name, an ordinary word is a common noun
 * ("Village Malakal", "The Hague"); after it, it may be a surname ("Maya Harden").
 */
function isNamePart(ctx: Context, t: Token | undefined, side: 'before' | 'after'): boolean {
  if (!t?.capitalised || !t.word || isAbbreviation(t.text)) return false;
  const w = lower(t);
  if (CALENDAR.has(w) || PLACE_MODIFIERS.has(w) || LOCATIVES.has(w)) return false;
  if (side === 'before' && ctx.gazetteer.isCommonWord(w)) return false;
  return !ctx.strongStarts.has(t.start);
}

/** A hyphen joins the name to a word that is not a place: "Kerry-Ann", "Navarro-Valls", "Neo-natal". */
function inHyphenatedName(ctx: Context, c: Candidate): boolean {
  const { tokens, text } = ctx;
  const joined = (mark: Token | undefined, word: Token | undefined) =>
    mark?.text === '-' &&
    word?.word === true &&
    !ctx.strongStarts.has(word.start) &&
    (word.capitalised || !hasStrongMatch(c));
  const before = tokens[c.first - 1];
  const after = tokens[c.last + 1];
  return (
    (joined(before, tokens[c.first - 2]) &&
      adjacent(text, tokens[c.first - 2], before) &&
      adjacent(text, before, tokens[c.first])) ||
    (joined(after, tokens[c.last + 2]) &&
      adjacent(text, tokens[c.last], after) &&
      adjacent(text, after, tokens[c.last + 2]))
  );
}

/** The capitalised words running on after the name ("Michigan [State University]"). */
function followingNameWords(ctx: Context, c: Candidate): Token[] {
  const out: Token[] = [];
  let prev = ctx.tokens[c.last];
  for (let i = c.last + 1; i < ctx.tokens.length && out.length < NAME_LOOKAHEAD; i++) {
    const t = ctx.tokens[i];
    if (!t?.word || !t.capitalised || !adjacent(ctx.text, prev, t)) break;
    out.push(t);
    prev = t;
  }
  return out;
}

/** "Ohio State University", "Fox News", "American Airlines": the name of an organisation. */
function inOrganisationName(ctx: Context, c: Candidate): boolean {
  return followingNameWords(ctx, c).some((t) => ORGANISATION_HEADS.has(lower(t)));
}

/** Part of a disease or strain name: "West Nile virus", "Marburg hemorrhagic fever", "A/Victoria/361". */
function inDiseaseName(ctx: Context, c: Candidate): boolean {
  const { tokens } = ctx;
  // Influenza strain names: "A/California/7/2009" (not "Zaire/Congo" or "U.S. / Mexico").
  const strain = /^[A-Z]\/[^/\s]+\/\d/;
  const around = ctx.text.slice(Math.max(0, c.start - 2), c.end + 3);
  if (strain.test(around)) return true;
  // Countries name seasons and outbreaks too ("United States flu season"): they stay places.
  if (c.matches.some((m) => m.place.kind === 'country')) return false;
  for (let i = c.last + 1; i <= c.last + 3; i++) {
    const t = tokens[i];
    if (!t?.word) return false;
    if (DISEASE_WORDS.has(lower(t))) return true;
  }
  return false;
}

/** Why a candidate is not a place name here, or undefined if nothing says so. */
function notPlaceEvidence(ctx: Context, c: Candidate): Verdict | undefined {
  const { text, tokens } = ctx;
  const strong = hasStrongMatch(c);
  const before = previousWord(tokens, c.first);
  const after = tokens[c.last + 1];
  if (INSTITUTIONS.has(c.key) || inDiseaseName(ctx, c)) return 'not-place';
  // Currencies: "US$", "$US".
  if (after?.text === '$' || tokens[c.first - 1]?.text === '$') return 'not-place';
  if (before?.capitalised && TITLES.has(lower(before))) return 'person';
  // "University of Georgia", "Voice of America".
  if (lower(before) === 'of' && INSTITUTION_OF.has(lower(previousWord(tokens, c.first - 1)))) {
    return 'not-place';
  }
  if (inHyphenatedName(ctx, c)) return 'not-place';
  if (inOrganisationName(ctx, c)) return 'not-place';
  const following = followingNameWords(ctx, c);
  // The tail of a longer name: "Wild Life Health Centre", "Xinhua News Agency".
  const country = c.matches.some((m) => m.place.kind === 'country');
  if (
    !country &&
    before?.capitalised &&
    !before.sentenceStart &&
    adjacent(text, before, tokens[c.first]) &&
    isCommonWordSpan(ctx.gazetteer, c)
  ) {
    return 'not-place';
  }
  // Months and holidays are never places here ("In March, China's ...").
  if (CALENDAR.has(c.key)) return 'not-place';
  if (strong) return undefined;
  // A weak name next to another capitalised word is part of a longer name: "Condoleezza Rice",
  // "Tim Whitley", "Buffalo Bills". Countries and the like keep their place ("Kenya Red Cross").
  if (isNamePart(ctx, before, 'before') && adjacent(text, before, tokens[c.first])) return 'person';
  const next = following[0];
  if (next && FEATURE_HEADS.has(lower(next))) return undefined;
  if (next && !next.sentenceStart && isNamePart(ctx, next, 'after')) {
    // "Tim Whitley" names a person; "Buffalo Science Magnet School" a thing, so it says less.
    return ctx.gazetteer.isCommonWord(next.text) ? 'not-place' : 'person';
  }
  // "Dennis van Engelsdorp", "Hassan el Bushra".
  const particle = tokens[c.last + 2];
  if (
    after?.word &&
    NAME_PARTICLES.has(after.text) &&
    particle?.capitalised &&
    !ctx.strongStarts.has(particle.start)
  ) {
    return 'person';
  }
  const cue = lower(before);
  if (c.first === c.last && (SPEECH_VERBS.has(lower(after)) || SPEECH_VERBS.has(cue))) {
    // "of Tyler said" is a person from a place.
    if (!LOCATIVES.has(cue) && cue !== 'of') return 'person';
  }
  return undefined;
}

/**
 * A demonym used as a noun names a language or a people, not the country: "spoke in Russian.",
 * "translated into French", "Russian speakers". As an adjective it comes before a noun.
 */
function isLanguageOrPeople(ctx: Context, c: Candidate): boolean {
  const after = ctx.tokens[c.last + 1];
  if (!after || (!after.word && after.text !== '-')) return true;
  return LANGUAGE_NOUNS.has(lower(after));
}

/** Something in the text says a place is meant: "in Bath", "Mobile, Alabama". */
function placeEvidence(ctx: Context, candidates: Candidate[], k: number): boolean {
  const c = candidates[k];
  if (!c) return false;
  const before = previousWord(ctx.tokens, c.first);
  if (before && LOCATIVES.has(lower(before)) && !before.capitalised) return true;
  return qualifierOf(ctx.text, candidates, k) !== undefined;
}

/**
 * Bare words that are places only with support: directions ("West"), and common words ("March", "Bath", "Centre") unless they name a country or the like.
 */
function supportNeeded(ctx: Context, c: Candidate): 'qualifier' | 'cue' | 'none' {
  if (c.first !== c.last) return 'none';
  if (PLACE_MODIFIERS.has(c.key)) return 'qualifier';
  if (!isCommonWordSpan(ctx.gazetteer, c)) return 'none';
  const unmistakable = c.matches.some(
    (m) => m.place.kind !== 'city' && m.place.kind !== 'admin1' && m.place.feature !== 'ADM2',
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
  };
  const persons = new Set<string>();
  const cued = new Set<string>();
  const qualified = new Set<string>();
  const evidence = candidates.map((c, k) => {
    const placeCue = placeEvidence(ctx, candidates, k);
    if (placeCue) cued.add(c.key);
    if (qualifierOf(text, candidates, k)) qualified.add(c.key);
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
