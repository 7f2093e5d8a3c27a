import type { Gazetteer, NameMatch } from '../gazetteer/gazetteer';
import { isAbbreviation, nameKey } from '../gazetteer/normalize';
import { NameSource } from '../gazetteer/types';
import { isStrongMatch } from './context';
import type { Token } from './tokens';

/** A span of text that names something in the gazetteer: places, or the country of a demonym. */
export interface Candidate {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  key: string;
  form: 'name' | 'demonym';
  /** Places the name can mean; for a demonym, the one country. */
  matches: NameMatch[];
  /** A head word the text gives after a list of names ("Chase and Dundy counties": "county"). */
  impliedHead?: string;
}

/** Lower-case words that occur inside place names ("Bosnia and Herzegovina", "Port-au-Prince"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
  'las',
  'los',
  'el',
  'al',
  'upon',
  'on',
  'au',
  'aux',
  'sur',
  'am',
  'im',
  'an',
  'der',
  'y',
  'en',
  'es',
  // Elided and possessive pieces: "Côte d'Ivoire", "L'Aquila", "People's Republic of China".
  'd',
  'l',
  's',
  'kwa',
]);
const INNER_MARKS = new Set(['-', "'", '’', '.']);

/** Can this token sit inside a multi-word name? */
function canContinue(t: Token): boolean {
  return t.capitalised || CONNECTORS.has(t.text) || INNER_MARKS.has(t.text);
}

/** Letters enough that an all-capitals word is a word in capitals, not an acronym. */
const MIN_CAPITALISED_WORD = 4;
const LINE_FEED = 0x0a;

/** What `matchesForCase` returns when nothing is left: shared, never handed out to be changed. */
const NO_MATCHES: NameMatch[] = [];

/**
 * Keeps the matches the text's case allows. An acronym ("NATO") matches abbreviation entries only,
 * not the Philippine town Nato; a mixed-case word ("Us") never an abbreviation. A longer word in
 * capitals ("MOSCOW", a wire dateline) may also be an unmistakable place by its own name. State
 * abbreviations ("Ga.", "GA") count only right after "Place, ". `caps` is `isAbbreviation(text)`.
 */
function matchesForCase(
  text: string,
  caps: boolean,
  matches: readonly NameMatch[],
  afterPlaceComma: boolean,
): NameMatch[] {
  if (matches.length === 0) return NO_MATCHES;
  const shouting = caps && !text.includes('.') && text.length >= MIN_CAPITALISED_WORD;
  const abbreviated = caps && matches.some((m) => m.source === NameSource.abbreviation);
  return matches.filter((m) => {
    if (m.source === NameSource.qualifier) return afterPlaceComma;
    if (!caps) return m.source !== NameSource.abbreviation;
    if (m.source === NameSource.abbreviation) return true;
    return shouting && !abbreviated && m.source === NameSource.primary && isStrongMatch(m);
  });
}

/**
 * Can the span ending at token `last` take in the next token: the two are on one line with at
 * most one character between them, and the next can sit inside a name.
 */
function continuesTo(text: string, tokens: Token[], last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || !next) return false;
  const gap = next.start - end.end;
  if (gap > 1 || (gap === 1 && text.charCodeAt(end.end) === LINE_FEED)) return false;
  return canContinue(next);
}

/** "Place, " before `start`: the name found just before ends in a comma and at most one space. */
function followsPlaceComma(text: string, prev: Candidate | undefined, start: number): boolean {
  return (
    prev?.form === 'name' && start - prev.end <= 2 && /^,\s?$/.test(text.slice(prev.end, start))
  );
}

/**
 * Stage 1: the longest gazetteer names and demonyms starting at capitalised tokens, left to right,
 * without overlaps. "Czech Republic" wins over "Czech"; "U.S.-Russian" yields U.S. and Russian.
 */
export function findCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  // A name reaches over at most this many tokens: its words and the connectors or marks between.
  const maxTokens = Math.min(gazetteer.maxNameWords, 8) * 2;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first?.capitalised) {
      i++;
      continue;
    }
    const afterPlaceComma = followsPlaceComma(text, found.at(-1), first.start);
    // Shortest first, keeping the longest hit; stop once no name starts with the words so far,
    // or the next token cannot go on a name (another line, punctuation, a lower-case word).
    let hit: Candidate | undefined;
    for (let last = i; ; last++) {
      const end = tokens[last];
      if (!end) break;
      const spanText = last === i ? first.text : text.slice(first.start, end.end);
      const key = nameKey(spanText);
      // A name ends on a word with a capital or a dotted abbreviation.
      if (end.capitalised) {
        const caps = isAbbreviation(spanText);
        // An adjective ("Russian") is read as one even where a hamlet shares the spelling.
        const country = caps ? undefined : gazetteer.demonymKey(key);
        const matches = country
          ? [{ place: country, source: NameSource.primary }]
          : matchesForCase(spanText, caps, gazetteer.lookupKey(key), afterPlaceComma);
        if (matches.length > 0) {
          const form = country ? 'demonym' : 'name';
          hit = {
            first: i,
            last,
            start: first.start,
            end: end.end,
            text: spanText,
            key,
            form,
            matches,
          };
        }
      }
      if (last - i + 1 >= maxTokens || !continuesTo(text, tokens, last)) break;
      if (!gazetteer.hasPrefix(key)) break;
    }
    if (hit) {
      found.push(hit);
      i = hit.last + 1;
    } else {
      i++;
    }
  }
  return found;
}
