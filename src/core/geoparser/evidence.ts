import type { Gazetteer } from '../gazetteer/gazetteer';
import { isAbbreviation } from '../gazetteer/normalize';
import type { Candidate } from './candidates';
import { contains } from './relatedness';
import { adjacent, hasStrongMatch, isCommonWordSpan, isStrongMatch, previousWord } from './context';
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
  PLACE_COMPOUNDS,
  ORGANISATION_HEADS,
  PLACE_MODIFIERS,
  SPEECH_VERBS,
  TITLES,
} from './words';

/** What recognition reads a candidate's surroundings from. */
export interface Context {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  /** Starts of candidates that are surely places: "Atlanta Georgia" is not a person's name. */
  strongStarts: Set<number>;
  /** Candidates by start offset. */
  candidateAt: Map<number, Candidate>;
}

/** 'person' also marks the name as a person for the rest of the text. */
export type Verdict = 'place' | 'person' | 'not-place';

/** Fewest people for a town to be read in "Town State" without a comma. */
const QUALIFIED_TOWN_POPULATION = 10_000;

/** Capitalised words looked through for an organisation's head noun ("Ohio State University"). */
const NAME_LOOKAHEAD = 4;
export function lower(t: Token | undefined): string {
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
  const { tokens } = ctx;
  // Hyphen and words touching, no spaces: "Central Africa - Nigeria" is a dash, not a name.
  const touching = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  const joined = (mark: Token | undefined, word: Token | undefined) =>
    mark?.text === '-' &&
    word?.word === true &&
    !ctx.strongStarts.has(word.start) &&
    !PLACE_COMPOUNDS.has(lower(word)) &&
    (word.capitalised || !hasStrongMatch(c));
  const before = tokens[c.first - 1];
  const after = tokens[c.last + 1];
  return (
    (joined(before, tokens[c.first - 2]) &&
      touching(tokens[c.first - 2], before) &&
      touching(before, tokens[c.first])) ||
    (joined(after, tokens[c.last + 2]) &&
      touching(tokens[c.last], after) &&
      touching(after, tokens[c.last + 2]))
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
export function inOrganisationName(ctx: Context, c: Candidate): boolean {
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
  // The disease word next, or after one more word of the name: "West Nile virus", "Mad Cow
  // disease", "Marburg hemorrhagic fever"; not "Alabama has moderate flu levels".
  const next = tokens[c.last + 1];
  const then = tokens[c.last + 2];
  if (!next?.word) return false;
  if (DISEASE_WORDS.has(lower(next))) return true;
  const partOfName = next.capitalised || /(ic|al)$/.test(lower(next));
  return partOfName && then?.word === true && DISEASE_WORDS.has(lower(then));
}

/**
 * `given` is a common given name directly before a capitalised word. Towns named like people
 * (George, Florence, Sydney) count; a country, state or region does not ("Georgia Ukraine").
 */
function startsPersonName(
  ctx: Context,
  given: Token | undefined,
  next: Token | undefined,
): boolean {
  return (
    given?.capitalised === true &&
    next?.capitalised === true &&
    next.word &&
    !next.sentenceStart &&
    !isAbbreviation(next.text) &&
    !FEATURE_HEADS.has(lower(next)) &&
    ctx.gazetteer.isGivenName(given.text) &&
    !namesMoreThanTowns(ctx.candidateAt.get(given.start)) &&
    adjacent(ctx.text, given, next)
  );
}

function namesMoreThanTowns(c: Candidate | undefined): boolean {
  return c?.matches.some((m) => m.place.kind !== 'city' && isStrongMatch(m)) ?? false;
}

/**
 * The second name is a country or state holding a town of the first name ("Jackson Mississippi").
 * Hamlets do not count: George, Washington has 700 people; George Washington is the person.
 */
function qualifiedBy(first: Candidate | undefined, second: Candidate | undefined): boolean {
  if (!first || !second) return false;
  return second.matches.some(({ place: outer }) =>
    first.matches.some(
      ({ place: inner }) => inner.population >= QUALIFIED_TOWN_POPULATION && contains(outer, inner),
    ),
  );
}

/** Why a candidate is not a place name here, or undefined if nothing says so. */
export function notPlaceEvidence(ctx: Context, c: Candidate): Verdict | undefined {
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
  // "Paris Hilton", "Jordan Henderson": two one-word names in a row, the second only a town,
  // are a given name and a surname ("Atlanta Georgia" has a state second, and stays).
  const pair = (first: Candidate | undefined, second: Candidate | undefined) =>
    first !== undefined &&
    second !== undefined &&
    first.first === first.last &&
    !isAbbreviation(first.text) &&
    second.first === second.last &&
    second.form === 'name' &&
    !isCommonWordSpan(ctx.gazetteer, second) &&
    second.matches.every((m) => m.place.kind === 'city') &&
    !hasStrongMatch(second) &&
    adjacent(text, tokens[first.last], tokens[second.first]);
  const nextName = after ? ctx.candidateAt.get(after.start) : undefined;
  const prevName = before ? ctx.candidateAt.get(before.start) : undefined;
  if (pair(c, nextName)) return 'not-place';
  if (pair(prevName, c) && prevName && hasStrongMatch(prevName)) return 'person';
  // "Michael Jordan", "George Washington": a given name that is no well-known place, right before
  // another capitalised word, starts a person's name, and that word is the surname. A place with
  // its own state or country next stays ("Jackson Mississippi").
  if (c.first === c.last && startsPersonName(ctx, tokens[c.first], after)) {
    if (!qualifiedBy(c, ctx.candidateAt.get(after?.start ?? -1))) return 'person';
  }
  const given = tokens[c.first - 1];
  if (startsPersonName(ctx, given, tokens[c.first])) {
    if (!qualifiedBy(ctx.candidateAt.get(given?.start ?? -1), c)) return 'person';
  }
  // "Jordan Peterson", "Virginia Woolf": a one-word name before a capitalised word that is no
  // place, ordinary word, title or acronym is a given name, however well known the place.
  const surname = following[0];
  if (
    c.first === c.last &&
    !isAbbreviation(c.text) &&
    surname !== undefined &&
    !surname.sentenceStart &&
    !ctx.candidateAt.has(surname.start) &&
    !TITLES.has(lower(surname)) &&
    isNamePart(ctx, surname, 'before')
  ) {
    return 'person';
  }
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
  // "Hartl said", "said Hartl." ("of Tyler said" is a person from a place; "said Devon and
  // Cornwall police" a place before more words).
  const saidAfter = SPEECH_VERBS.has(lower(after)) && !LOCATIVES.has(cue) && cue !== 'of';
  const saidBefore = SPEECH_VERBS.has(cue) && after?.word !== true;
  if (c.first === c.last && (saidAfter || saidBefore)) return 'person';
  return undefined;
}

/**
 * A demonym used as a noun names a language or a people, not the country: "spoke in Russian.",
 * "translated into French", "Russian speakers". As an adjective it comes before a noun.
 */
export function isLanguageOrPeople(ctx: Context, c: Candidate): boolean {
  const after = ctx.tokens[c.last + 1];
  if (!after || (!after.word && after.text !== '-')) return true;
  return LANGUAGE_NOUNS.has(lower(after));
}
