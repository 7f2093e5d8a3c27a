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
  APOSTROPHES,
  COMPANY_PREFIXES,
  DIRECTIONS,
  NAME_ABBREVIATIONS,
  POSSESSIVE_TAILS,
  PRODUCT_NOUNS,
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

/** What a rule sees of one candidate: its neighbours, worked out once. */
export interface View {
  c: Candidate;
  /** The word before the name, skipping a dot ("Gov. Perry"). */
  before: Token | undefined;
  /** The token right after the name. */
  after: Token | undefined;
  /** Capitalised words running on after the name. */
  following: Token[];
  /** The name has a reading no one mistakes for a word or a person. */
  strong: boolean;
}

/** A recognition rule: when `test` holds, the candidate gets `verdict`, and the verdict its name. */
export interface RecognitionRule {
  name: string;
  /** A short sentence for "Why here?": what the rule saw. */
  reason: string;
  verdict: Verdict;
  test: (ctx: Context, v: View) => boolean;
}

/** A verdict and the rule that gave it. */
export interface Ruling {
  verdict: Verdict;
  rule: string;
  reason: string;
}

/** "Paris Hilton", "Jordan Henderson": two one-word names in a row, the second only a town. */
function isNamePair(ctx: Context, first: Candidate | undefined, second: Candidate | undefined) {
  return (
    first !== undefined &&
    second !== undefined &&
    first.first === first.last &&
    !isAbbreviation(first.text) &&
    second.first === second.last &&
    second.form === 'name' &&
    !isCommonWordSpan(ctx.gazetteer, second) &&
    second.matches.every((m) => m.place.kind === 'city') &&
    !hasStrongMatch(second) &&
    adjacent(ctx.text, ctx.tokens[first.last], ctx.tokens[second.first])
  );
}

const touching = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/** Every word of the name is a direction: "North West", "South", "Northern". */
function isBareDirection(c: Candidate): boolean {
  return c.key.split(' ').every((w) => DIRECTIONS.has(w));
}

/**
 * "O'Leary", "Ja'Au", "St. Marc": the candidate is a piece of a longer name that the gazetteer
 * does not hold; the piece alone names some other place.
 */
function isNameFragment(ctx: Context, v: View): boolean {
  const { tokens } = ctx;
  const mark = tokens[v.c.first - 1];
  const head = tokens[v.c.first - 2];
  if (APOSTROPHES.has(mark?.text ?? '') && head?.word && touching(head, mark)) {
    if (touching(mark, tokens[v.c.first])) return true;
  }
  const tailMark = tokens[v.c.last + 1];
  const tail = tokens[v.c.last + 2];
  if (
    APOSTROPHES.has(tailMark?.text ?? '') &&
    touching(tokens[v.c.last], tailMark) &&
    touching(tailMark, tail) &&
    tail?.word &&
    !POSSESSIVE_TAILS.has(lower(tail))
  ) {
    return true;
  }
  // "St. Marc", "Mt. Hood": an abbreviated saint or feature before the name.
  const dot = tokens[v.c.first - 1];
  const abbr = tokens[v.c.first - 2];
  return dot?.text === '.' && abbr !== undefined && NAME_ABBREVIATIONS.has(lower(abbr));
}

/** "Harry S. Truman", "George W. Bush": a capital initial and a dot right before the name. */
function followsInitial(ctx: Context, v: View): boolean {
  const dot = ctx.tokens[v.c.first - 1];
  const initial = ctx.tokens[v.c.first - 2];
  return (
    dot?.text === '.' &&
    initial !== undefined &&
    /^\p{Lu}$/u.test(initial.text) &&
    touching(initial, dot) &&
    adjacent(ctx.text, dot, ctx.tokens[v.c.first])
  );
}

/**
 * The recognition rules in the order they are asked; the first that holds decides. Rules with
 * verdict 'place' stop the asking: what follows them is evidence only weak names need.
 */
export const RECOGNITION_RULES: readonly RecognitionRule[] = [
  {
    name: 'institution',
    reason: 'a building or body named by where it stands',
    verdict: 'not-place',
    test: (_ctx, v) => INSTITUTIONS.has(v.c.key),
  },
  {
    name: 'disease-name',
    reason: 'part of a disease or strain name',
    verdict: 'not-place',
    test: (ctx, v) => inDiseaseName(ctx, v.c),
  },
  {
    name: 'currency',
    reason: 'part of a currency ("US$")',
    verdict: 'not-place',
    test: (ctx, v) => v.after?.text === '$' || ctx.tokens[v.c.first - 1]?.text === '$',
  },
  {
    name: 'abbreviated-title',
    reason: 'an abbreviated title ("Sen.", "Gov.")',
    verdict: 'not-place',
    test: (ctx, v) =>
      v.c.first === v.c.last &&
      TITLES.has(v.c.key) &&
      v.after?.text === '.' &&
      touching(ctx.tokens[v.c.last], v.after),
  },
  {
    name: 'title-before',
    reason: 'a person: a title precedes it',
    verdict: 'person',
    test: (_ctx, v) => v.before?.capitalised === true && TITLES.has(lower(v.before)),
  },
  {
    name: 'institution-of',
    reason: 'part of an institution\'s name ("University of ...")',
    verdict: 'not-place',
    test: (ctx, v) =>
      lower(v.before) === 'of' &&
      INSTITUTION_OF.has(lower(previousWord(ctx.tokens, v.c.first - 1))),
  },
  {
    name: 'hyphenated-name',
    reason: 'part of a hyphenated name',
    verdict: 'not-place',
    test: (ctx, v) => inHyphenatedName(ctx, v.c),
  },
  {
    name: 'direction-in-name',
    reason: 'a direction inside a longer name ("Durban-North West", "South West England")',
    verdict: 'not-place',
    test: (ctx, v) => {
      if (!isBareDirection(v.c)) return false;
      const mark = ctx.tokens[v.c.first - 1];
      const joined = mark?.text === '-' && touching(mark, ctx.tokens[v.c.first]);
      const next = v.following[0];
      return joined || (next !== undefined && !next.sentenceStart);
    },
  },
  {
    name: 'organisation-name',
    reason: 'part of an organisation\'s name ("Ohio State University")',
    verdict: 'not-place',
    test: (ctx, v) => inOrganisationName(ctx, v.c),
  },
  {
    name: 'company-prefix',
    reason: 'a company or team named after the place ("Air Berlin", "Real Madrid")',
    verdict: 'not-place',
    test: (ctx, v) =>
      v.before?.capitalised === true &&
      COMPANY_PREFIXES.has(lower(v.before)) &&
      adjacent(ctx.text, v.before, ctx.tokens[v.c.first]),
  },
  {
    name: 'product-noun',
    reason: 'a product or brand named after the place ("a Cadillac dealership")',
    verdict: 'not-place',
    test: (_ctx, v) => !v.strong && PRODUCT_NOUNS.has(lower(v.after)),
  },
  {
    name: 'name-fragment',
    reason: 'a fragment of a longer name ("O\'Leary", "St. Marc")',
    verdict: 'not-place',
    test: isNameFragment,
  },
  {
    name: 'calendar',
    reason: 'a month or holiday',
    verdict: 'not-place',
    test: (_ctx, v) => CALENDAR.has(v.c.key),
  },
  {
    name: 'given-name-pair',
    reason: 'a given name: a town-named surname follows ("Paris Hilton")',
    verdict: 'not-place',
    test: (ctx, v) =>
      isNamePair(ctx, v.c, v.after ? ctx.candidateAt.get(v.after.start) : undefined),
  },
  {
    name: 'surname-pair',
    reason: 'a person: a place-named given name precedes it ("Jordan Henderson")',
    verdict: 'person',
    test: (ctx, v) => {
      const prev = v.before ? ctx.candidateAt.get(v.before.start) : undefined;
      return isNamePair(ctx, prev, v.c) && prev !== undefined && hasStrongMatch(prev);
    },
  },
  {
    name: 'given-name',
    reason: 'a person: a common given name before a surname ("George Washington")',
    verdict: 'person',
    test: (ctx, v) =>
      v.c.first === v.c.last &&
      startsPersonName(ctx, ctx.tokens[v.c.first], v.after) &&
      !qualifiedBy(v.c, ctx.candidateAt.get(v.after?.start ?? -1)),
  },
  {
    name: 'surname-after-given-name',
    reason: 'a person: a given name precedes it',
    verdict: 'person',
    test: (ctx, v) => {
      const given = ctx.tokens[v.c.first - 1];
      return (
        startsPersonName(ctx, given, ctx.tokens[v.c.first]) &&
        !qualifiedBy(ctx.candidateAt.get(given?.start ?? -1), v.c)
      );
    },
  },
  {
    name: 'tail-of-name',
    reason: 'the tail of a longer name ("Xinhua News Agency")',
    verdict: 'not-place',
    test: (ctx, v) =>
      !v.c.matches.some((m) => m.place.kind === 'country') &&
      v.before?.capitalised === true &&
      !v.before.sentenceStart &&
      // After a word ("News Agency"); after a name it is a surname ("Condoleezza Rice").
      ctx.gazetteer.isCommonWord(v.before.text) &&
      adjacent(ctx.text, v.before, ctx.tokens[v.c.first]) &&
      isCommonWordSpan(ctx.gazetteer, v.c),
  },
  {
    name: 'surname-after-initial',
    reason: 'a person: an initial precedes it ("Harry S. Truman")',
    verdict: 'person',
    test: followsInitial,
  },
  {
    name: 'given-name-before-surname',
    reason: 'a person: a surname follows it ("Virginia Woolf")',
    verdict: 'person',
    test: (ctx, v) => {
      const surname = v.following[0];
      return (
        v.c.first === v.c.last &&
        !isAbbreviation(v.c.text) &&
        surname !== undefined &&
        !surname.sentenceStart &&
        !ctx.candidateAt.has(surname.start) &&
        !TITLES.has(lower(surname)) &&
        isNamePart(ctx, surname, 'before')
      );
    },
  },
  {
    name: 'well-known-place',
    reason: 'a well-known place by its own name',
    verdict: 'place',
    test: (_ctx, v) => v.strong,
  },
  {
    name: 'after-name-word',
    reason: 'a person: part of a longer name ("Condoleezza Rice")',
    verdict: 'person',
    test: (ctx, v) =>
      isNamePart(ctx, v.before, 'before') && adjacent(ctx.text, v.before, ctx.tokens[v.c.first]),
  },
  {
    name: 'feature-head',
    reason: 'a natural feature follows ("Salinas Valley")',
    verdict: 'place',
    test: (_ctx, v) => v.following[0] !== undefined && FEATURE_HEADS.has(lower(v.following[0])),
  },
  {
    name: 'before-name-word',
    reason: 'a person: a surname follows ("Tim Whitley")',
    verdict: 'person',
    test: (ctx, v) => {
      const next = v.following[0];
      return (
        next !== undefined &&
        !next.sentenceStart &&
        isNamePart(ctx, next, 'after') &&
        !ctx.gazetteer.isCommonWord(next.text)
      );
    },
  },
  {
    name: 'before-common-word',
    reason: 'part of a longer name ("Buffalo Science Magnet School")',
    verdict: 'not-place',
    test: (ctx, v) => {
      const next = v.following[0];
      return next !== undefined && !next.sentenceStart && isNamePart(ctx, next, 'after');
    },
  },
  {
    name: 'name-particle',
    reason: 'a person: a name particle follows ("Dennis van Engelsdorp")',
    verdict: 'person',
    test: (ctx, v) => {
      const particle = ctx.tokens[v.c.last + 2];
      return (
        v.after?.word === true &&
        NAME_PARTICLES.has(v.after.text) &&
        particle?.capitalised === true &&
        !ctx.strongStarts.has(particle.start)
      );
    },
  },
  {
    name: 'speech-verb',
    reason: 'a person: a verb of speech next to it ("Hartl said")',
    verdict: 'person',
    test: (_ctx, v) => {
      const cue = lower(v.before);
      // "of Tyler said" is a person from a place; "said Devon and Cornwall police" a place.
      const saidAfter = SPEECH_VERBS.has(lower(v.after)) && !LOCATIVES.has(cue) && cue !== 'of';
      const saidBefore = SPEECH_VERBS.has(cue) && v.after?.word !== true;
      return v.c.first === v.c.last && (saidAfter || saidBefore);
    },
  },
];

/** The first rule that holds for the candidate, or undefined: nothing says it is not a place. */
export function judge(ctx: Context, c: Candidate): Ruling | undefined {
  const v: View = {
    c,
    before: previousWord(ctx.tokens, c.first),
    after: ctx.tokens[c.last + 1],
    following: followingNameWords(ctx, c),
    strong: hasStrongMatch(c),
  };
  for (const rule of RECOGNITION_RULES) {
    if (rule.test(ctx, v)) return { verdict: rule.verdict, rule: rule.name, reason: rule.reason };
  }
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
